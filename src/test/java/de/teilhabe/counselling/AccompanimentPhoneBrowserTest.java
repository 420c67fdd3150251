package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.LANDKREIS;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accompaniment page of a demo case of Berna Beratung on a 390 px phone: the
 * accompaniment the demo data asked for, reached from the case page, and the form sent
 * empty, every wrong field named; and the guide's contact page: a counsellor asks for a
 * guide (with the client's consent, as {@code AccompanimentTest}), the Leitstelle
 * commissions the demo guide Leyla Haddad ({@code lotse}), who accepts; signed in as
 * {@code lotse}, the assignment's page links to the contact page, which shows the first
 * name and the phone as a {@code tel:} link and nothing else of the person. Each page
 * passes axe-core and is not wider than the screen.
 */
class AccompanimentPhoneBrowserTest extends BrowserTest {

	private static final String JSON = "application/json";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theAccompanimentPageFitsAPhone() {
		UUID caseId = this.jdbc.sql("""
				SELECT a.case_id FROM counselling_accompaniment a
				JOIN counselling_case c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
				JOIN app_user u ON u.id = c.responsible_id AND u.username = 'beratung'
				WHERE c.status = 'OPEN' AND c.client_id IS NOT NULL ORDER BY a.asked_at LIMIT 1""")
			.query(UUID.class)
			.single();
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/cases/" + caseId);
		this.browser.click("main a[href$='/accompaniments']");
		assertThat(this.browser.find("h1").getText()).startsWith("Begleitung durch Integrationslotsinnen und -lotsen");
		assertThat(this.browser.find("main").getText()).contains("Angefragt am").contains("Berna Beratung");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Thema der Begleitung").contains("Tag");
		this.browser.logout();
	}

	@Test
	void theGuideReadsTheContactOnAPhone() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		GuidesFixtures guides = new GuidesFixtures(this.context, this.port);
		Map<String, Object> lotse = this.jdbc.sql("""
				SELECT g.id, g.home_region_key,
				  (SELECT l.code FROM guide_language l WHERE l.tenant_id = g.tenant_id AND l.guide_id = g.id
				   AND l.code <> 'de' ORDER BY l.position LIMIT 1) AS language
				FROM app_user u JOIN guide_profile g ON g.tenant_id = u.tenant_id AND g.id = u.guide_profile_id
				WHERE u.username = 'lotse'""").query().singleRow();
		UUID guide = (UUID) lotse.get("id");
		String language = (lotse.get("language") != null) ? (String) lotse.get("language") : "de";
		String gemeinde = (String) lotse.get("home_region_key");

		TestUser counsellor = fixtures.user(LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String lastName = uniqueName("Begleitet");
		UUID client = create(api, """
				{"firstName": "Samira", "lastName": "%s", "phone": "0541 776655", "birthYear": 1987,
				 "languages": ["%s"], "gemeinde": "%s", "note": "Termin beim Jobcenter", "confirmDuplicate": true}"""
			.formatted(lastName, language, gemeinde));
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases", JSON,
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"WORK_RECOGNITION\"], \"title\": \"Arbeit\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String caseId = (String) json(opened).get("id");
		HttpResponse<String> consent = api.send("POST", "/api/v1/counselling/clients/" + client + "/consents", JSON,
				"{\"purpose\": \"GUIDE_ACCOMPANIMENT\", \"language\": \"de\", \"givenAt\": \"%s\", \"how\": \"WRITTEN\"}"
					.formatted(BerlinTime.today()));
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
		HttpResponse<String> asked = api.send("POST", "/api/v1/counselling/cases/" + caseId + "/accompaniments", JSON,
				"""
						{"topic": "AUTHORITY", "language": "%s", "gemeinde": "%s", "date": "%s", "starts": "16:00",
						 "ends": "17:00", "place": "Jobcenter, Eingang B", "brief": "Termin zur Eingliederung"}"""
					.formatted(language, gemeinde, GuidesFixtures.thursday(9)));
		UUID request = fixtures.guideRequestOf(asked);

		Http office = guides.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> assigned = office.send("POST", "/api/v1/guide-requests/" + request + "/assignments", JSON,
				"{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		String assignment = (String) ((Map<?, ?>) GuidesFixtures.json(assigned).get("assignment")).get("id");
		HttpResponse<String> accepted = guides.guideApi(LANDKREIS, guide)
			.send("POST", "/api/v1/me/assignments/" + assignment + "/accept", JSON, "");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

		this.browser.login("lotse", "demo");
		this.browser.open("/guides/me/assignments/" + assignment).checkWidth();
		this.browser.click("main a[href$='/guides/me/assignments/" + assignment + "/contact']").checkWidth();
		String page = this.browser.find("main").getText();
		assertThat(page).contains("Samira", "0541 776655").doesNotContain(lastName, "Termin beim Jobcenter");
		assertThat(this.browser.find("main a[href^='tel:']").getAttribute("href")).isEqualTo("tel:0541776655");
		this.browser.logout();
	}

}
