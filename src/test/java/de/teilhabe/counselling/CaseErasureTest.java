package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client with cases as a data subject: the Art. 15 answer (document, PDF, JSON) holds
 * the cases with their titles, the contacts with their summaries, the notes, tasks and
 * appointments with their texts and the recipients of the consents to sharing; an open
 * case is a legal hold shown to the PRIVACY_OFFICER that keeps the erasure from running
 * (409, nothing erased); once it is closed, the erasure anonymises every case (they stay,
 * without client and texts, for the statistics) and deletes the client.
 */
@IntegrationTest
class CaseErasureTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void casesAreExportedHoldTheErasureWhileOpenAndAreAnonymisedByIt() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String first = uniqueName("Hawa");
		String last = uniqueName("Loeschantrag");
		UUID client = CounsellingFixtures.create(api, CounsellingFixtures.body(first, last, 1987));
		HttpResponse<String> consent = api.send("POST", "/api/v1/counselling/clients/" + client + "/consents",
				"application/json",
				"{\"purpose\": \"counselling.referral.jobcenter\", \"language\": \"de\", \"how\": \"WRITTEN\"}");
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
		UUID tenant = fixtures.jdbc()
			.sql("SELECT tenant_id FROM counselling_client WHERE id = ?")
			.param(client)
			.query(UUID.class)
			.single();
		CaseRows rows = new CaseRows(this.context);
		String openTitle = uniqueName("Anerkennung Pflegeabschluss");
		String closedTitle = uniqueName("Familiennachzug");
		String summary = uniqueName("Unterlagen fuer die Anerkennung besprochen");
		UUID open = rows.insertCase(tenant, client, "CASE_MANAGEMENT", counsellor.id(), LocalDate.of(2026, 3, 1), null,
				openTitle);
		UUID closed = rows.insertCase(tenant, client, "COUNSELLING", counsellor.id(), LocalDate.of(2025, 5, 2),
				LocalDate.of(2025, 7, 1), closedTitle);
		UUID contact = rows.insertContact(tenant, open, counsellor.id(), OffsetDateTime.parse("2026-03-02T09:30:00Z"),
				summary);
		String noteText = uniqueName("Zeugnisse liegen in Kopie vor");
		rows.insertNote(tenant, open, counsellor.id(), OffsetDateTime.parse("2026-03-02T10:00:00Z"), noteText);
		String taskTitle = uniqueName("Antrag auf Anerkennung nachfragen");
		rows.insertTask(tenant, open, counsellor.id(), LocalDate.of(2026, 4, 15), taskTitle);
		String placeDetail = uniqueName("Raum 2.14");
		String appointmentNote = uniqueName("Zeugnisse mitbringen");
		UUID appointment = rows.insertAppointment(tenant, client, open, counsellor.id(),
				OffsetDateTime.parse("2026-03-09T09:00:00Z"), placeDetail, appointmentNote);

		TestUser officer = fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		Http officerPages = fixtures.session(officer);
		Http officerApi = fixtures.api(officer);
		String json = officerApi
			.get("/api/v1/privacy/subjects/counselling-client/" + client + "/export?reason=Auskunft")
			.body();
		assertThat(json).contains("\"counselling.cases\"")
			.contains("\"caseTitle\":\"" + openTitle + "\"")
			.contains("\"caseTitle\":\"" + closedTitle + "\"")
			.contains("\"caseKind\":\"Fallmanagement\"")
			.contains("\"topics\":\"HOUSING, WORK\"")
			.contains("\"counselling.contacts\"")
			.contains("\"summary\":\"" + summary + "\"")
			.contains("\"channel\":\"persönlich\"")
			.contains("\"counselling.notes\"")
			.contains("\"noteText\":\"" + noteText + "\"")
			.contains("\"counselling.tasks\"")
			.contains("\"taskTitle\":\"" + taskTitle + "\"")
			.contains("\"dueOn\":\"2026-04-15\"")
			.contains("\"counselling.appointments\"")
			.contains("\"placeKind\":\"in der Beratungsstelle\"")
			.contains("\"appointmentStatus\":\"stattgefunden\"")
			.contains("\"placeDetail\":\"" + placeDetail + "\"")
			.contains("\"appointmentNote\":\"" + appointmentNote + "\"")
			.contains("\"counselling.sharing\"")
			.contains("Weitergabe an das Jobcenter")
			.contains("das Jobcenter des Landkreises");
		String requestPage = "/privacy/subjects?type=counselling-client&id=" + client;
		String document = officerPages
			.submit(requestPage, "/privacy/subjects/counselling-client/" + client + "/report",
					Map.of("reason", "Auskunftsantrag 9/2026"))
			.body();
		assertThat(document).contains("Fälle in der Beratungsstelle")
			.contains("Titel des Falls")
			.contains(openTitle)
			.contains("01.03.2026")
			.contains("Kontakte in der Beratungsstelle")
			.contains(summary)
			.contains("Notizen zu den Fällen in der Beratungsstelle")
			.contains(noteText)
			.contains("Aufgaben und Wiedervorlagen zu den Fällen in der Beratungsstelle")
			.contains(taskTitle)
			.contains("Termine in der Beratungsstelle")
			.contains(placeDetail)
			.contains(appointmentNote)
			.contains("Weitergabe mit Einwilligung: Empfänger")
			.contains("das Jobcenter des Landkreises");
		HttpResponse<byte[]> pdf = officerPages.submitForBytes(requestPage,
				"/privacy/subjects/counselling-client/" + client + "/report.pdf", Map.of("reason", "Auskunft"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(fixtures.readReasons(client, officer.id())).contains("data subject request: cases",
				"data subject request: contacts", "data subject request: notes", "data subject request: tasks",
				"data subject request: appointments");

		// the open case holds the erasure: shown, and refused with nothing erased
		assertThat(officerPages.get(requestPage).body()).contains("Gesetzliche Aufbewahrung")
			.contains("Offener Fall im Fallmanagement seit 01.03.2026");
		HttpResponse<String> held = officerApi.send("POST",
				"/api/v1/privacy/subjects/counselling-client/" + client + "/erasure", "application/json",
				"{\"reason\": \"Löschantrag\", \"confirm\": true}");
		assertThat(held.statusCode()).as(held.body()).isEqualTo(409);
		assertThat(held.body()).contains("Offener Fall im Fallmanagement seit 01.03.2026");
		HttpResponse<String> heldPage = AccessFixtures.post(officerPages, requestPage,
				"/privacy/subjects/counselling-client/" + client + "/erase", "reason", "Löschantrag", "confirm",
				"true");
		assertThat(heldPage.statusCode()).isEqualTo(409);
		assertThat(heldPage.body()).contains("Nichts wurde gelöscht");
		assertThat(api.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(200);

		// closed by the counsellor: the erasure runs
		JdbcClient jdbc = fixtures.jdbc();
		jdbc.sql("UPDATE counselling_case SET status = 'CLOSED', closed_on = DATE '2026-11-30', phase = 'CLOSURE' "
				+ "WHERE id = ?")
			.param(open)
			.update();
		assertThat(officerPages.get(requestPage).body()).doesNotContain("Gesetzliche Aufbewahrung");
		HttpResponse<String> erased = officerApi.send("POST",
				"/api/v1/privacy/subjects/counselling-client/" + client + "/erasure", "application/json",
				"{\"reason\": \"Löschantrag\", \"confirm\": true}");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains("\"affected\":3");
		assertThat(jdbc
			.sql("SELECT count(*) FROM counselling_case WHERE id IN (?, ?) AND client_id IS NULL "
					+ "AND title_sealed IS NULL AND anonymised_at IS NOT NULL")
			.params(open, closed)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("SELECT count(*) FROM counselling_contact WHERE id = ? AND summary_sealed IS NULL "
					+ "AND duration_minutes = 45")
			.param(contact)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(api.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(404);
		assertThat(jdbc
			.sql("SELECT details FROM audit_event WHERE action = 'counselling.client.erased' " + "AND record_id = ?")
			.param(client.toString())
			.query(String.class)
			.list()).containsExactly(
					"cases=2, appointments=1, contacts=1, discrimination-complaints=0, goals=0, household=0, notes=1, referrals=0, tasks=1");
		// the appointment goes with the client
		assertThat(jdbc.sql("SELECT count(*) FROM counselling_appointment WHERE id = ?")
			.param(appointment)
			.query(Long.class)
			.single()).isZero();
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), List.of(first, last, openTitle, closedTitle,
				summary, noteText, taskTitle, placeDetail, appointmentNote)))
			.isEmpty();
	}

}
