package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.LANDKREIS;
import static de.teilhabe.counselling.CounsellingFixtures.QUAKENBRUECK;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accompaniment by a guide from a case (issue 17): the counsellor asks the Leitstelle for
 * a guide; without the client's consent the request is refused naming the consent; the
 * request the Leitstelle gets carries topic, language, Gemeinde, time and who asked, but
 * no name, phone or note; the guide of an accepted assignment reads the first name and
 * phone (nothing else), audited, and no longer once the consent is withdrawn; another
 * guide gets 404; how it stands flows back to the case's page and API. The guides speak
 * Kyrgyz ({@code ky}), which no other test uses.
 */
@IntegrationTest
class AccompanimentTest {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aGuideAccompaniesAClientWithConsentAndReadsOnlyFirstNameAndPhone() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		GuidesFixtures guides = new GuidesFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String lastName = uniqueName("Asanov");
		UUID client = create(api,
				"""
						{"firstName": "Aigul", "lastName": "%s", "phone": "0541 998877", "birthYear": 1990,
						 "languages": ["ky"], "gemeinde": "%s", "note": "Bescheid der Ausländerbehörde", "confirmDuplicate": true}"""
					.formatted(lastName, QUAKENBRUECK));
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases", JSON,
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"RESIDENCE_LAW\"], \"title\": \"Aufenthalt\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String caseId = (String) json(opened).get("id");
		String base = "/api/v1/counselling/cases/" + caseId + "/accompaniments";
		LocalDate day = GuidesFixtures.thursday(3);
		String ask = """
				{"topic": "AUTHORITY", "language": "ky", "gemeinde": "%s", "date": "%s", "starts": "09:00",
				 "ends": "11:00", "place": "Ausländerbehörde, Am Schölerberg 1", "brief": "Termin zur Verlängerung"}"""
			.formatted(QUAKENBRUECK, day);

		// no consent yet: refused, naming it; nothing stored
		HttpResponse<String> noConsent = api.send("POST", base, JSON, ask);
		assertThat(noConsent.statusCode()).isEqualTo(422);
		assertThat(noConsent.body()).contains("\"field\":\"consent\"")
			.contains("Weitergabe an eine Integrationslotsin oder einen Integrationslotsen");
		assertThat(json(api.get(base))).containsEntry("totalItems", 0);

		String today = BerlinTime.today().toString();
		HttpResponse<String> consent = api.send("POST", "/api/v1/counselling/clients/" + client + "/consents", JSON,
				"{\"purpose\": \"GUIDE_ACCOMPANIMENT\", \"language\": \"de\", \"givenAt\": \"%s\", \"how\": \"WRITTEN\"}"
					.formatted(today));
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
		String consentId = (String) json(consent).get("id");

		// bad values: every field named, nothing stored
		HttpResponse<String> bad = api.send("POST", base, JSON,
				"{\"topic\": \"FLYING\", \"language\": \"\", \"gemeinde\": \"09162000\", \"date\": \"2020-01-01\", "
						+ "\"starts\": \"12:00\", \"ends\": \"11:00\"}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"topic\"")
			.contains("\"field\":\"language\"")
			.contains("\"field\":\"gemeinde\"")
			.contains("\"field\":\"date\"")
			.contains("\"field\":\"ends\"");
		assertThat(api.send("POST", base, JSON, "{\"brief\": \"x\u0000y\"}").statusCode()).isEqualTo(400);
		assertThat(json(api.get(base))).containsEntry("totalItems", 0);

		HttpResponse<String> asked = api.send("POST", base, JSON, ask);
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		assertThat(json(asked)).containsEntry("state", "OPEN")
			.containsEntry("askedBy", counsellorName(fixtures, counsellor));
		UUID request = fixtures.guideRequestOf(asked);

		// the Leitstelle's request: what the guide needs, no name, phone or note
		Http office = guides.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> seen = office.get("/api/v1/guide-requests/" + request);
		assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
		assertThat(seen.body()).contains("AUTHORITY")
			.contains("ky")
			.contains(QUAKENBRUECK)
			.contains("Beratungsstelle für Zugewanderte")
			.doesNotContain("Aigul")
			.doesNotContain(lastName)
			.doesNotContain("998877");

		UUID guide = GuidesFixtures.activeGuide(office, "Begleitung " + UUID.randomUUID(), QUAKENBRUECK, "ky");
		HttpResponse<String> assigned = office.send("POST", "/api/v1/guide-requests/" + request + "/assignments", JSON,
				"{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		String assignment = (String) ((Map<?, ?>) GuidesFixtures.json(assigned).get("assignment")).get("id");
		String contact = "/api/v1/me/assignments/" + assignment + "/contact";
		Http own = guides.guideApi(LANDKREIS, guide);

		// commissioned, not yet accepted: no contact
		HttpResponse<String> early = own.get(contact);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("solange Sie die Begleitung zugesagt haben");
		assertThat(json(api.get(base)).toString()).contains("state=COMMISSIONED");

		assertThat(own.send("POST", "/api/v1/me/assignments/" + assignment + "/accept", JSON, "").statusCode())
			.isEqualTo(200);
		HttpResponse<String> read = own.get(contact);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(json(read)).containsOnly(Map.entry("firstName", "Aigul"), Map.entry("phone", "0541 998877"));
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.client.shared-read' AND record_id = ? "
					+ "AND actor_id <> ? AND reason LIKE 'guide accompaniment%'")
			.params(client.toString(), counsellor.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// the guide's own page shows it too, with the phone to call
		Http guidePages = guideSession(guides, guide);
		HttpResponse<String> contactPage = guidePages.get("/guides/me/assignments/" + assignment + "/contact");
		assertThat(contactPage.statusCode()).isEqualTo(200);
		assertThat(contactPage.body()).contains("Aigul").contains("tel:0541998877").doesNotContain(lastName);
		assertThat(guidePages.get("/guides/me/assignments/" + assignment).body())
			.contains("/guides/me/assignments/" + assignment + "/contact");

		// another guide, the coordinator, the counsellor: never
		Http stranger = guides.guideApi(LANDKREIS,
				GuidesFixtures.activeGuide(office, "Fremd " + UUID.randomUUID(), QUAKENBRUECK, "ky"));
		assertThat(stranger.get(contact).statusCode()).isEqualTo(404);
		assertThat(office.get(contact).statusCode()).isEqualTo(403);
		assertThat(api.get(contact).statusCode()).isEqualTo(403);

		// the counsellor sees how it stands, on the API and the case's page
		assertThat(json(api.get(base)).toString()).contains("state=ACCEPTED");
		Http pages = fixtures.session(counsellor);
		HttpResponse<String> page = pages.get("/counselling/cases/" + caseId + "/accompaniments");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Eine Lotsin oder ein Lotse hat zugesagt");

		// withdrawn consent: the guide no longer gets the contact, and is told why
		HttpResponse<String> withdrawn = api.send("POST",
				"/api/v1/counselling/clients/" + client + "/consents/" + consentId + "/withdrawal", JSON,
				"{\"withdrawnAt\": \"" + today + "\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		HttpResponse<String> refused = own.get(contact);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Weitergabe an eine Integrationslotsin oder einen Integrationslotsen")
			.doesNotContain("Aigul");
		assertThat(pages.get("/counselling/cases/" + caseId + "/accompaniments").body())
			.contains("fehlt oder wurde widerrufen");
	}

	@Test
	void theCasePageFormNamesEveryWrongField() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, CounsellingFixtures.body("Nurlan", uniqueName("Bekov"), 1985));
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases", JSON,
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"]}");
		String caseId = (String) json(opened).get("id");
		api.send("POST", "/api/v1/counselling/clients/" + client + "/consents", JSON,
				"{\"purpose\": \"GUIDE_ACCOMPANIMENT\", \"language\": \"de\", \"givenAt\": \"%s\", \"how\": \"ORAL\"}"
					.formatted(BerlinTime.today()));
		Http pages = fixtures.session(counsellor);
		String path = "/counselling/cases/" + caseId + "/accompaniments";
		HttpResponse<String> wrong = AccessFixtures.post(pages, path, path, "topic", "", "language", "ar", "gemeinde",
				QUAKENBRUECK, "date", "", "starts", "10:00", "ends", "09:00");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("error-summary").contains("Thema der Begleitung").contains("Tag");
		HttpResponse<String> right = AccessFixtures.post(pages, path, path, "topic", "HOUSING", "language", "ar",
				"gemeinde", QUAKENBRUECK, "date", GuidesFixtures.thursday(2).toString(), "starts", "10:00", "ends",
				"11:30", "place", "Wohnungsbaugesellschaft", "brief", "Besichtigung");
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(pages.get(path).body()).contains("Die Leitstelle sucht eine Lotsin oder einen Lotsen.")
			.contains("1 Begleitung");
		assertThat(List.of(pages.get("/counselling/cases/" + caseId).body())).allMatch((body) -> body.contains(path));
	}

	private static Http guideSession(GuidesFixtures guides, UUID guide) {
		return guides.guideSession(LANDKREIS, guide);
	}

	private static String counsellorName(CounsellingFixtures fixtures, TestUser user) {
		return fixtures.jdbc()
			.sql("SELECT display_name FROM app_user WHERE id = ?")
			.params(user.id())
			.query(String.class)
			.single();
	}

}
