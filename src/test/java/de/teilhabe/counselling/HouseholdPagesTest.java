package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household pages: the section on the client's page, the form to add a member (every
 * wrong field named, 400), the search for a client to link by name, changing and removing
 * a member; on the case page the members counselled alongside, ticked by name; in English
 * too; another counsellor refused; the demo households.
 */
@IntegrationTest
class HouseholdPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCounsellorEntersAHouseholdOnThePages() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		Http pages = fixtures.session(counsellor);
		String last = uniqueName("Seite");
		UUID client = create(api, body("Fatma", last, 1980));
		String motherLast = uniqueName("Mutter");
		UUID mother = create(api, body("Emine", motherLast, 1955));
		String page = "/counselling/clients/" + client;
		assertThat(pages.get(page).body()).contains("Haushaltsangehörige")
			.contains("Keine Haushaltsangehörigen erfasst.");

		String form = page + "/household/new";
		assertThat(pages.get(form).body()).contains("Beziehung")
			.contains("Auch selbst als Klientin oder Klient erfasst?");
		HttpResponse<String> wrong = AccessFixtures.post(pages, form, page + "/household", "relationship", "",
				"firstName", "", "birthYear", "3000");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte wählen Sie die Beziehung.")
			.contains("Bitte ausfüllen.")
			.contains("Bitte ein Jahr von 1900 bis");
		assertThat(json(api.get("/api/v1/counselling/clients/" + client + "/household"))).containsEntry("totalItems",
				0);

		// the mother is a client too: found by name, linked
		HttpResponse<String> searched = AccessFixtures.post(pages, form, page + "/household", "relationship", "PARENT",
				"firstName", "Emine", "linkQuery", motherLast, "search", "1");
		assertThat(searched.statusCode()).isEqualTo(200);
		assertThat(searched.body()).contains("Gefunden: 1.")
			.contains("Emine " + motherLast)
			.contains("value=\"" + mother + "\"")
			.doesNotContain("value=\"" + client + "\"");
		HttpResponse<String> saved = AccessFixtures.post(pages, form, page + "/household", "relationship", "PARENT",
				"firstName", "Emine", "birthYear", "1955", "gender", "FEMALE", "linkedClientId", mother.toString());
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> son = AccessFixtures.post(pages, form, page + "/household", "relationship", "CHILD",
				"firstName", "Emre", "birthYear", "2008");
		assertThat(son.statusCode()).isEqualTo(302);
		String shown = pages.get(page).body();
		assertThat(shown).contains("Emine – Elternteil, geboren 1955, weiblich")
			.contains("auch als Klientin oder Klient erfasst")
			.contains("href=\"/counselling/clients/" + mother + "\"")
			.contains("Emine " + motherLast)
			.contains("Emre – Kind, geboren 2008");
		// the mother's page names the household she is entered in
		assertThat(pages.get("/counselling/clients/" + mother).body()).contains("Selbst im Haushalt eingetragen bei:")
			.contains("href=\"/counselling/clients/" + client + "\"")
			.contains("Fatma " + last);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> members = (List<Map<String, Object>>) json(
				api.get("/api/v1/counselling/clients/" + client + "/household"))
			.get("items");
		String emre = (String) members.get(1).get("id");
		String edit = page + "/household/" + emre + "/edit";
		assertThat(pages.get(edit).body()).contains("value=\"Emre\"").contains("value=\"2008\"");
		assertThat(AccessFixtures
			.post(pages, edit, page + "/household/" + emre, "relationship", "CHILD", "firstName", "Emre", "birthYear",
					"2007")
			.statusCode()).isEqualTo(302);
		assertThat(pages.get(page).body()).contains("Emre – Kind, geboren 2007");

		// the case: Emre counselled alongside
		UUID caseId = UUID.fromString((String) json(api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", "{\"kind\": \"COUNSELLING\", \"topics\": [\"FAMILY_SCHOOL\"]}"))
			.get("id"));
		String casePage = "/counselling/cases/" + caseId;
		assertThat(pages.get(casePage).body()).contains("Mitberatene Haushaltsangehörige")
			.contains("In diesem Fall wird niemand aus dem Haushalt mitberaten.")
			.contains("Erreichte Personen in diesem Fall: 1");
		String choose = casePage + "/household";
		assertThat(pages.get(casePage).body()).contains("Emre (Kind, 2007)").contains("Emine (Elternteil, 1955)");
		assertThat(pages.get(choose).body()).contains("Emre (Kind, 2007)").contains("Emine (Elternteil, 1955)");
		HttpResponse<String> foreign = AccessFixtures.post(pages, casePage, choose, "memberIds",
				UUID.randomUUID().toString());
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("Bitte nur Haushaltsangehörige dieser Person wählen.");
		assertThat(AccessFixtures.post(pages, casePage, choose, "memberIds", emre).statusCode()).isEqualTo(302);
		String ticked = pages.get(casePage).body();
		assertThat(ticked).contains("Emre – Kind, geboren 2007").contains("Erreichte Personen in diesem Fall: 2");
		assertThat(ticked).containsPattern("value=\"" + emre + "\"\\s+checked");
		assertThat(pages.get(choose).body()).containsPattern("value=\"" + emre + "\"\\s+checked");

		assertThat(pages.language("en").get(page).body()).contains("Household members")
			.contains("Emre – child, born 2007");
		pages.language("de");

		assertThat(AccessFixtures.post(pages, page, page + "/household/" + emre + "/delete").statusCode())
			.isEqualTo(302);
		assertThat(pages.get(page).body()).contains("Die Person ist aus dem Haushalt entfernt.")
			.doesNotContain("Emre – Kind");
		assertThat(pages.get(casePage).body()).contains("Erreichte Personen in diesem Fall: 1");

		// the record of processing activities (Art. 30) lists the encrypted columns by
		// itself
		assertThat(pages.get("/counselling/processing-record").body())
			.contains("counselling_household_member.first_name_sealed")
			.contains("counselling_household_member.relationship_sealed");

		Http colleague = fixtures.session(fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR));
		assertThat(colleague.get(form).statusCode()).isEqualTo(403);
		assertThat(colleague.get(choose).statusCode()).isEqualTo(403);
		assertThat(fixtures.session(fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR)).get(form).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theDemoOfficeHasHouseholds() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		Map<String, Object> counts = fixtures.jdbc().sql("""
				SELECT count(DISTINCT m.client_id) AS clients, count(*) AS members,
				       count(*) FILTER (WHERE m.linked_client_id IS NOT NULL) AS linked,
				       (SELECT count(*) FROM counselling_case_household h WHERE h.tenant_id = m.tenant_id) AS alongside
				FROM counselling_household_member m JOIN tenant t ON t.id = m.tenant_id
				JOIN counselling_client c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
				JOIN app_user u ON u.id = c.responsible_id
				WHERE t.slug = 'landkreis-osnabrueck' AND u.username IN ('beratung', 'beratung2')
				GROUP BY m.tenant_id""").query().singleRow();
		assertThat(((Number) counts.get("clients")).intValue()).isBetween(50, 80);
		assertThat(((Number) counts.get("linked")).intValue()).isPositive();
		assertThat(((Number) counts.get("alongside")).intValue()).isPositive();
		assertThat(((Number) counts.get("members")).intValue()).isBetween(((Number) counts.get("clients")).intValue(),
				4 * ((Number) counts.get("clients")).intValue());
	}

}
