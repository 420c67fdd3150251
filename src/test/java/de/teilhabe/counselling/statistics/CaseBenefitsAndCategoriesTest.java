package de.teilhabe.counselling.statistics;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benefit status changed after the opening (the case's edit page and {@code PUT} of
 * the case: all or nothing, audited, the status at the end only on a closed case), the
 * statistical categories taken in the transaction that opens a case (and taken again when
 * the client of an open case changes), both in the client's Art. 15 export, and the
 * statistics page's chart table showing a secret cell as x, in a fresh tenant of its own.
 */
@IntegrationTest
class CaseBenefitsAndCategoriesTest {

	private static final String BRAMSCHE = "03459014";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theBenefitStatusIsChangedAfterTheOpeningAllOrNothing() {
		Setup setup = setup("leistung");
		Http api = setup.api();
		UUID client = client(api, 1990, "FEMALE", "syrisch", CounsellingFixtures.QUAKENBRUECK);
		UUID caseId = openCase(api, client, "2025-03-10", "SGB_II");
		String path = "/api/v1/counselling/cases/" + caseId;

		// open: the status at the start changes with topics and title
		HttpResponse<String> changed = api.send("PUT", path, "application/json",
				"{\"topics\": [\"HOUSING\"], \"title\": \"Wohnung\", \"benefitAtStart\": \"ASYLBLG\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("benefitAtStart", "ASYLBLG").containsEntry("title", "Wohnung");
		// not sent: kept
		changed = api.send("PUT", path, "application/json", "{\"topics\": [\"HOUSING\"], \"title\": \"Wohnen\"}");
		assertThat(json(changed)).containsEntry("benefitAtStart", "ASYLBLG").containsEntry("title", "Wohnen");
		// a wrong value, the status at the end of an open case and no topic: all named,
		// nothing stored
		HttpResponse<String> wrong = api.send("PUT", path, "application/json",
				"{\"topics\": [], \"title\": \"Neu\", \"benefitAtStart\": \"HARTZ\", \"benefitAtEnd\": \"NONE\"}");
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"benefitAtStart\"")
			.contains("\"field\":\"topics\"")
			.contains("\"field\":\"benefitAtEnd\"")
			.contains("wird beim Abschluss des Falls erfasst");
		assertThat(json(api.get(path))).containsEntry("benefitAtStart", "ASYLBLG").containsEntry("title", "Wohnen");
		// sent empty: cleared
		changed = api.send("PUT", path, "application/json",
				"{\"topics\": [\"HOUSING\"], \"title\": \"Wohnen\", \"benefitAtStart\": null}");
		assertThat(json(changed)).containsEntry("benefitAtStart", null);

		// the edit page of an open case: the status at the start, not at the end
		Http pages = setup.pages();
		String edit = "/counselling/cases/" + caseId + "/edit";
		String form = pages.get(edit).body();
		assertThat(form).contains("Themen, Titel und Leistungsbezug ändern")
			.contains("name=\"benefitAtStart\"")
			.doesNotContain("name=\"benefitAtEnd\"");
		HttpResponse<String> saved = AccessFixtures.post(pages, edit, "/counselling/cases/" + caseId, "topics",
				"HOUSING", "title", "Wohnen", "benefitAtStart", "SGB_XII");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(pages.get("/counselling/cases/" + caseId).body())
			.contains("Sozialhilfe oder Grundsicherung (SGB XII)");

		// closed: only the statuses at the start and the end change
		HttpResponse<String> closed = api.send("POST", path + "/close", "application/json",
				"{\"closedOn\": \"2025-04-02\", \"benefitAtEnd\": \"SGB_XII\"}");
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		changed = api.send("PUT", path, "application/json",
				"{\"benefitAtStart\": \"SGB_II\", \"benefitAtEnd\": \"NONE\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("benefitAtStart", "SGB_II")
			.containsEntry("benefitAtEnd", "NONE")
			.containsEntry("status", "CLOSED");
		assertThat(api.send("PUT", path, "application/json", "{\"topics\": [\"HOUSING\"], \"benefitAtEnd\": \"NONE\"}")
			.statusCode()).isEqualTo(409);
		wrong = api.send("PUT", path, "application/json", "{\"benefitAtStart\": \"SGB_III\", \"benefitAtEnd\": 7}");
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"benefitAtEnd\"");
		assertThat(json(api.get(path))).containsEntry("benefitAtStart", "SGB_II").containsEntry("benefitAtEnd", "NONE");
		// the page of a closed case links to the correction; the form has both
		String page = pages.get("/counselling/cases/" + caseId).body();
		assertThat(page).contains("Leistungsbezug berichtigen").contains("keine Leistungen");
		form = pages.get(edit).body();
		assertThat(form).contains("name=\"benefitAtStart\"")
			.contains("name=\"benefitAtEnd\"")
			.doesNotContain("name=\"topics\"");
		HttpResponse<String> refused = AccessFixtures.post(pages, edit, "/counselling/cases/" + caseId,
				"benefitAtStart", "SGB_II", "benefitAtEnd", "HARTZ");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"#benefitAtEnd\"");
		saved = AccessFixtures.post(pages, edit, "/counselling/cases/" + caseId, "benefitAtStart", "SGB_II",
				"benefitAtEnd", "BAFOEG_TRAINING");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(json(api.get(path))).containsEntry("benefitAtEnd", "BAFOEG_TRAINING");

		// audited as the other changes of a case, without the values
		List<String> details = setup.jdbc()
			.sql("SELECT coalesce(details, '') FROM audit_event WHERE action = 'counselling.case.changed' "
					+ "AND record_id = ? ORDER BY id")
			.param(caseId.toString())
			.query(String.class)
			.list();
		assertThat(details).hasSize(6)
			.contains("benefit status at start", "benefit status at start, benefit status at end",
					"benefit status at end")
			.noneMatch((text) -> text.contains("SGB") || text.contains("BAFOEG"));
	}

	@Test
	void theCategoriesAreTakenWhenTheCaseOpensAndExportedWithTheBenefits() {
		Setup setup = setup("merkmale");
		Http api = setup.api();
		UUID client = client(api, 1990, "FEMALE", "syrisch", CounsellingFixtures.QUAKENBRUECK);
		UUID running = openCase(api, client, "2025-03-10", "SGB_II");
		UUID earlier = openCase(api, client, "2024-02-01", "ASYLBLG");
		assertThat(api
			.send("POST", "/api/v1/counselling/cases/" + earlier + "/close", "application/json",
					"{\"closedOn\": \"2024-06-30\", \"benefitAtEnd\": \"SGB_II\"}")
			.statusCode()).isEqualTo(200);
		// stored by the opening itself, no statistics run in between
		assertThat(category(setup, running)).containsExactly("FROM_27_TO_44", "ASYLUM_ORIGIN", "FEMALE",
				CounsellingFixtures.QUAKENBRUECK);
		assertThat(category(setup, earlier)).containsExactly("FROM_27_TO_44", "ASYLUM_ORIGIN", "FEMALE",
				CounsellingFixtures.QUAKENBRUECK);
		// a short contact has no client and no categories
		HttpResponse<String> shortContact = api.send("POST", "/api/v1/counselling/short-contacts", "application/json",
				"{\"topics\": [\"LANGUAGE_COURSE\"], \"channel\": \"PHONE\", \"durationMinutes\": 10}");
		assertThat(shortContact.statusCode()).isEqualTo(201);
		assertThat(category(setup, UUID.fromString((String) json(shortContact).get("id")))).isEmpty();

		// the client's data corrected: the open case's categories follow, the closed
		// one's stay
		HttpResponse<String> corrected = api.send("PUT", "/api/v1/counselling/clients/" + client, "application/json",
				"""
						{"firstName": "Amal", "lastName": "%s", "birthYear": 2009, "gender": "FEMALE",
						 "nationality": "ukrainisch", "gemeinde": "%s"}""".formatted(setup.lastName(), BRAMSCHE));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		assertThat(category(setup, running)).containsExactly("UNDER_18", "UKRAINE", "FEMALE", BRAMSCHE);
		assertThat(category(setup, earlier)).containsExactly("FROM_27_TO_44", "ASYLUM_ORIGIN", "FEMALE",
				CounsellingFixtures.QUAKENBRUECK);

		// the Art. 15 export: the benefit status of each case and what is stored for the
		// statistics
		TestUser officer = AccessFixtures.of(this.context).createIn(setup.tenant().id(), "dsb", Role.PRIVACY_OFFICER);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		String json = fixtures.api(officer)
			.get("/api/v1/privacy/subjects/counselling-client/" + client + "/export?reason=Auskunftsantrag")
			.body();
		assertThat(json).contains("\"counselling.case-categories\"")
			.contains("\"benefitAtStart\":\"Bürgergeld (SGB II)\"")
			.contains("\"benefitAtEnd\":\"Bürgergeld (SGB II)\"")
			.contains("\"ageBand\":\"unter 18\"")
			.contains("\"ageBand\":\"27 bis 44\"")
			.contains("\"nationalityGroup\":\"Ukraine\"")
			.contains("\"gender\":\"weiblich\",\"gemeinde\":\"Stadt Bramsche\"");
		Http officerPages = fixtures.session(officer);
		String requestPage = "/privacy/subjects?type=counselling-client&id=" + client;
		String document = officerPages
			.submit(requestPage, "/privacy/subjects/counselling-client/" + client + "/report",
					Map.of("reason", "Auskunftsantrag 9/2026"))
			.body();
		assertThat(document).contains("Für die Statistik gespeicherte Merkmale je Fall (grob)")
			.contains("Leistungsbezug zu Beginn")
			.contains("Leistungsbezug am Ende")
			.contains("Altersgruppe zu Beginn des Falls")
			.contains("Asylbewerberleistungen (AsylbLG)");
		Http english = fixtures.session(officer).language("en");
		String inEnglish = english
			.submit(requestPage, "/privacy/subjects/counselling-client/" + client + "/report",
					Map.of("reason", "Request 9/2026"))
			.body();
		assertThat(inEnglish).contains("Characteristics stored for the statistics per case (coarse)")
			.contains("Benefits at the start")
			.contains("Age group at the start of the case");
	}

	@Test
	void theChartTableShowsASecretCellAsX() {
		Setup setup = setup("diagramm");
		Http api = setup.api();
		for (int i = 0; i < 6; i++) {
			openCase(api, client(api, 1985, "FEMALE", "syrisch", CounsellingFixtures.QUAKENBRUECK), "2025-05-05",
					"SGB_II");
		}
		for (int i = 0; i < 2; i++) {
			openCase(api, client(api, 1985, "MALE", "syrisch", CounsellingFixtures.QUAKENBRUECK), "2025-05-06",
					"SGB_II");
		}
		Http pages = setup.pages();
		String page = pages.get("/counselling/statistics?measure=CASES&rows=GENDER&from=2025-05-01&to=2025-05-31")
			.body();
		String chart = chartTable(page);
		// two men: secret, x (never empty, never 0)
		assertThat(chart).contains("<th scope=\"row\">männlich</th><td class=\"num\"><bdi>x</bdi></td>")
			.doesNotContain("<bdi></bdi>");
		// stacked (two dimensions): a row with a secret cell has no sum of the shown
		// cells
		page = pages.get(
				"/counselling/statistics?measure=CASES&rows=GENDER&columns=BENEFIT_AT_START&from=2025-05-01&to=2025-05-31")
			.body();
		chart = chartTable(page);
		String men = chart.substring(chart.indexOf("<th scope=\"row\">männlich</th>"));
		men = men.substring(0, men.indexOf("</tr>"));
		assertThat(men).contains("<bdi>x</bdi>").doesNotContain("<bdi>2</bdi>").doesNotContain("<bdi></bdi>");
		assertThat(men).endsWith("<td class=\"num\"><bdi>x</bdi></td>");
	}

	@Test
	void complaintsAndConsultationsAreCountedWithTheSameSuppression() {
		Setup setup = setup("dienste");
		Http api = setup.api();
		TestUser colleague = AccessFixtures.of(this.context).createIn(setup.tenant().id(), "kollege", Role.COUNSELLOR);
		setup.jdbc()
			.sql("INSERT INTO user_permission (tenant_id, user_id, permission) VALUES (?, ?, ?)")
			.params(setup.tenant().id(), setup.counsellor().id(), "DISCRIMINATION_COMPLAINTS")
			.update();
		for (int i = 0; i < 6; i++) {
			complaint(api, "HOUSING", "[\"ETHNIC_ORIGIN\"]", "[\"DIRECT\"]", "\"INDIVIDUAL\"");
		}
		for (int i = 0; i < 2; i++) {
			complaint(api, "WORK", "[\"AGE\", \"ETHNIC_ORIGIN\"]", "[\"HARASSMENT\"]", "null");
		}
		for (int i = 0; i < 5; i++) {
			consultation(api, "Jobcenter Landkreis", 30);
		}
		for (int i = 0; i < 2; i++) {
			consultation(api, "Sozialamt, Wohngeld", 60);
		}
		String page = setup.pages().get("/counselling/statistics").body().replaceAll(">\\s+<", "><");
		// area of life: the two complaints about work are secret (x), never 2, never 0
		String area = serviceTable(page, "Beschwerden nach Lebensbereich");
		assertThat(area).contains("<th scope=\"row\">Arbeit</th><td class=\"num\">x</td>")
			.contains("<th scope=\"row\">Gesundheit</th><td class=\"num\">0</td>")
			.doesNotContain("<td class=\"num\">2</td>");
		// characteristics count mentions: ethnic origin 8, age 2 (secret, and with it its
		// complement)
		String characteristic = serviceTable(page, "Beschwerden nach Merkmal");
		assertThat(characteristic).contains("<th scope=\"row\">Lebensalter</th><td class=\"num\">x</td>")
			.doesNotContain("<td class=\"num\">2</td>");
		// forms: harassment 2 (secret), direct 6 its complement, the total of mentions 8
		assertThat(serviceTable(page, "Beschwerden nach Form der Diskriminierung"))
			.contains("<th scope=\"row\">Belästigung</th><td class=\"num\">x</td>")
			.contains("<th scope=\"row\">unmittelbare Benachteiligung</th><td class=\"num\">x</td>")
			.contains("<th scope=\"row\">Insgesamt</th><td class=\"num\">8</td>");
		assertThat(serviceTable(page, "Beschwerden nach Ebene")).contains("<td class=\"num\">x</td>")
			.doesNotContain("<td class=\"num\">2</td>");
		assertThat(serviceTable(page, "Beschwerden nach Ergebnis")).contains("<th scope=\"row\">offen</th>");
		// consultations: the two of the Sozialamt and their hours secret, the Jobcenter's
		// five shown with 2.5 hours, or hidden as their complement
		String consultations = serviceTable(page, "Fachberatungen nach anfragendem Dienst");
		assertThat(consultations)
			.contains("<th scope=\"row\">Sozialamt, Wohngeld</th><td class=\"num\">x</td><td class=\"num\">x</td>")
			.doesNotContain("<td class=\"num\">2,0</td>")
			.doesNotContain("<td class=\"num\">2</td>");
		assertThat(consultations).containsAnyOf(
				"<th scope=\"row\">Jobcenter Landkreis</th><td class=\"num\">5</td><td class=\"num\">2,5</td>",
				"<th scope=\"row\">Jobcenter Landkreis</th><td class=\"num\">x</td><td class=\"num\">x</td>");

		// a counsellor without the permission sees the consultations, not the complaints
		String other = new CounsellingFixtures(this.context, this.port).session(colleague)
			.get("/counselling/statistics")
			.body();
		assertThat(other).contains("Fachberatungen nach anfragendem Dienst")
			.doesNotContain("Diskriminierungsbeschwerden")
			.doesNotContain("Beschwerden nach Lebensbereich");
	}

	private static void complaint(Http api, String area, String characteristics, String forms, String level) {
		HttpResponse<String> created = api.send("POST", "/api/v1/counselling/discrimination-complaints",
				"application/json", """
						{"incidentOn": "%s", "area": "%s", "characteristics": %s, "forms": %s, "level": %s,
						 "interventions": ["COMPLAINT_LETTER"], "description": "Vorfall"}"""
					.formatted(BerlinTime.today(), area, characteristics, forms, level));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private static void consultation(Http api, String service, int minutes) {
		HttpResponse<String> created = api.send("POST", "/api/v1/counselling/expert-consultations", "application/json",
				"""
						{"serviceName": "%s", "consultedOn": "%s", "question": "Frage?", "minutes": %d,
						 "topics": ["WORK_RECOGNITION"]}""".formatted(service, BerlinTime.today(), minutes));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private static String serviceTable(String page, String caption) {
		int start = page.indexOf("<caption>" + caption + "</caption>");
		assertThat(start).as(caption).isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private static String chartTable(String page) {
		int start = page.indexOf("id=\"counselling-statistics-chart-table\"");
		assertThat(start).as("the chart's table").isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private List<String> category(Setup setup, UUID caseId) {
		return setup.jdbc()
			.sql("SELECT age_band, nationality_group, gender, coalesce(gemeinde, '') FROM counselling_case_category "
					+ "WHERE tenant_id = ? AND case_id = ?")
			.params(setup.tenant().id(), caseId)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElse(List.of());
	}

	private Setup setup(String name) {
		Tenant tenant = this.context.getBean(Tenants.class)
			.create(name + "-" + System.nanoTime(), "Landkreis " + name, "03459", true);
		TestUser counsellor = AccessFixtures.of(this.context).createIn(tenant.id(), name, Role.COUNSELLOR);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		return new Setup(tenant, counsellor, fixtures.api(counsellor), fixtures.session(counsellor), fixtures.jdbc(),
				uniqueName("Merkmal"));
	}

	private UUID client(Http api, int birthYear, String gender, String nationality, String gemeinde) {
		return CounsellingFixtures.create(api, """
				{"firstName": "Amal", "lastName": "%s", "birthYear": %d, "gender": "%s", "nationality": "%s",
				 "gemeinde": "%s", "confirmDuplicate": true}""".formatted(uniqueName("Merkmal"), birthYear, gender,
				nationality, gemeinde));
	}

	private static UUID openCase(Http api, UUID client, String openedOn, String benefit) {
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", """
						{"kind": "COUNSELLING", "topics": ["HOUSING"], "openedOn": "%s", "benefitAtStart": "%s"}"""
					.formatted(openedOn, benefit));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return UUID.fromString((String) json(opened).get("id"));
	}

	record Setup(Tenant tenant, TestUser counsellor, Http api, Http pages, JdbcClient jdbc, String lastName) {
	}

}
