package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.privacy.RetentionRule;
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
 * Retention of the Beratungsstelle's cases with an injected time (the rule's
 * {@code now}), in a tenant of its own (cases written by SQL): a case closed 3 years ago
 * or longer is anonymised (no client, no title, no contact summary; kind, topics, dates,
 * channel, language and duration stay), a client whose last case went so is erased, one
 * with an open case stays; a case closed less long ago is untouched; the run is audited
 * with counts and no name; a second run changes nothing. The PRIVACY_OFFICER's „run now“
 * (the real clock) applies it through the privacy module.
 */
@IntegrationTest
class CaseRetentionTest {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	List<RetentionRule> rules;

	@Test
	void closedCasesAreAnonymisedAndTheirClientsErasedAfterThreeYears() {
		Tenant tenant = this.context.getBean(Tenants.class)
			.create("beratung-frist-" + System.nanoTime(), "Frist-Landkreis", "03459", true);
		AccessFixtures access = AccessFixtures.of(this.context);
		TestUser counsellor = access.createIn(tenant.id(), "frist", Role.COUNSELLOR);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		Http api = fixtures.api(counsellor);
		String gone = uniqueName("Fristende");
		UUID expired = CounsellingFixtures.create(api, body("Amina", gone));
		UUID stillOpen = CounsellingFixtures.create(api, body("Bahar", uniqueName("Offen")));
		UUID recent = CounsellingFixtures.create(api, body("Cemile", uniqueName("Neulich")));
		CaseRows rows = new CaseRows(this.context);
		UUID id = counsellor.id();
		String title = uniqueName("Wohnungssuche");
		String summary = uniqueName("Gespraech ueber Mietvertrag");
		// closed exactly 3 years before the day of the run (Europe/Berlin): due
		UUID old = rows.insertCase(tenant.id(), expired, "CASE_MANAGEMENT", id, LocalDate.of(2022, 3, 1),
				LocalDate.of(2023, 12, 5), title);
		UUID contact = rows.insertContact(tenant.id(), old, id, OffsetDateTime.parse("2022-03-02T09:00:00Z"), summary);
		UUID oldOfOpen = rows.insertCase(tenant.id(), stillOpen, "COUNSELLING", id, LocalDate.of(2020, 1, 1),
				LocalDate.of(2021, 6, 30), uniqueName("Titel"));
		UUID open = rows.insertCase(tenant.id(), stillOpen, "COUNSELLING", id, LocalDate.of(2025, 1, 1), null,
				uniqueName("Titel"));
		// closed a day less than 3 years before: not yet
		UUID young = rows.insertCase(tenant.id(), recent, "COUNSELLING", id, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 6), uniqueName("Titel"));
		// one row of each part on the old case of the client who stays, and an
		// appointment of the erased client
		UUID goal = rows.insertGoal(tenant.id(), oldOfOpen, uniqueName("Ziel Sprachkurs"));
		UUID note = rows.insertNote(tenant.id(), oldOfOpen, id, OffsetDateTime.parse("2021-02-01T10:00:00Z"),
				uniqueName("Notiz"));
		UUID task = rows.insertTask(tenant.id(), oldOfOpen, id, LocalDate.of(2021, 3, 1), uniqueName("Aufgabe"));
		UUID appointment = rows.insertAppointment(tenant.id(), stillOpen, oldOfOpen, id,
				OffsetDateTime.parse("2021-02-01T09:00:00Z"), uniqueName("Raum"), uniqueName("Termin"));
		UUID appointmentOfErased = rows.insertAppointment(tenant.id(), expired, old, id,
				OffsetDateTime.parse("2022-03-02T08:00:00Z"), uniqueName("Raum"), uniqueName("Termin"));
		JdbcClient jdbc = fixtures.jdbc();
		List<byte[]> keyHashes = jdbc.sql("SELECT key_hash FROM counselling_client_name_key WHERE client_id = ?")
			.param(expired)
			.query(byte[].class)
			.list();
		assertThat(keyHashes).isNotEmpty();

		RetentionRule rule = this.rules.stream()
			.filter((candidate) -> candidate.name().equals("counselling.case-anonymisation"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.apply(tenant.id(), NOW)).isEqualTo(3); // two cases, one client

		Map<String, Object> anonymised = jdbc.sql("SELECT * FROM counselling_case WHERE id = ?")
			.param(old)
			.query()
			.singleRow();
		assertThat(anonymised.get("client_id")).isNull();
		assertThat(anonymised.get("title_sealed")).isNull();
		assertThat(((java.sql.Timestamp) anonymised.get("anonymised_at")).toInstant()).isEqualTo(NOW);
		assertThat(anonymised).containsEntry("kind", "CASE_MANAGEMENT")
			.containsEntry("status", "CLOSED")
			.containsEntry("phase", "CLOSURE");
		assertThat(anonymised.get("opened_on").toString()).isEqualTo("2022-03-01");
		assertThat(anonymised.get("closed_on").toString()).isEqualTo("2023-12-05");
		assertThat(jdbc.sql("SELECT array_to_string(topics, ',') FROM counselling_case WHERE id = ?")
			.param(old)
			.query(String.class)
			.single()).isEqualTo("HOUSING,WORK");
		Map<String, Object> contactRow = jdbc.sql("SELECT * FROM counselling_contact WHERE id = ?")
			.param(contact)
			.query()
			.singleRow();
		assertThat(contactRow.get("summary_sealed")).isNull();
		assertThat(contactRow).containsEntry("duration_minutes", 45)
			.containsEntry("channel", "IN_PERSON")
			.containsEntry("language", "ar")
			.containsEntry("interpreter", "PROFESSIONAL");
		// each part's hook cleared its texts; what the statistics count stays
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_case_goal WHERE id = ? AND text_sealed IS NULL "
				+ "AND state = 'OPEN'", goal))
			.isEqualTo(1);
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_case_note WHERE id = ?", note)).isZero();
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_task WHERE id = ? AND title_sealed IS NULL "
				+ "AND due_on = DATE '2021-03-01'", task))
			.isEqualTo(1);
		assertThat(count(jdbc,
				"SELECT count(*) FROM counselling_appointment WHERE id = ? AND place_detail_sealed IS NULL "
						+ "AND note_sealed IS NULL AND place = 'OFFICE' AND status = 'HELD' AND case_id = ?",
				appointment, oldOfOpen))
			.isEqualTo(1);
		// the erased client's appointments go with the client
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_appointment WHERE id = ?", appointmentOfErased))
			.isZero();
		// the client of the anonymised case is gone with its name keys
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_client WHERE id = ?", expired)).isZero();
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_client_name_key WHERE client_id = ?", expired))
			.isZero();
		assertThat(api.get("/api/v1/counselling/clients/" + expired).statusCode()).isEqualTo(404);
		// a client with an open case stays; its old closed case is anonymised
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_client WHERE id = ?", stillOpen)).isEqualTo(1);
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_case WHERE id = ? AND client_id IS NULL "
				+ "AND anonymised_at IS NOT NULL AND title_sealed IS NULL", oldOfOpen))
			.isEqualTo(1);
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_case WHERE id = ? AND client_id IS NOT NULL "
				+ "AND anonymised_at IS NULL AND title_sealed IS NOT NULL", open))
			.isEqualTo(1);
		// closed a day too recently: untouched, and so is its client
		assertThat(
				count(jdbc,
						"SELECT count(*) FROM counselling_case WHERE id = ? AND client_id = ? "
								+ "AND anonymised_at IS NULL AND title_sealed IS NOT NULL",
						young, recent))
			.isEqualTo(1);
		assertThat(api.get("/api/v1/counselling/clients/" + recent).statusCode()).isEqualTo(200);

		// audited with counts, no name
		List<String> details = jdbc
			.sql("SELECT details FROM audit_event WHERE tenant_id = ? AND action = 'counselling.retention.anonymised'")
			.param(tenant.id())
			.query(String.class)
			.list();
		assertThat(details).containsExactly(
				"cases=2, appointments=2, contacts=1, discrimination-complaints=0, goals=1, household=0, notes=1, referrals=0, tasks=1, clients erased=1, closed by 2023-12-05");
		assertThat(count(jdbc,
				"SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = "
						+ "'counselling.client.erased' AND record_id = ? AND actor_name = 'system'",
				tenant.id(), expired.toString()))
			.isEqualTo(1);
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), List.of(gone, title, summary))).isEmpty();
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), keyHashes)).isEmpty();

		// a second run finds nothing more to do
		assertThat(rule.apply(tenant.id(), NOW)).isZero();
		// a day later the recently closed case is due; its client goes too
		assertThat(rule.apply(tenant.id(), NOW.plusSeconds(86_400))).isEqualTo(2);
		assertThat(count(jdbc, "SELECT count(*) FROM counselling_client WHERE id = ?", recent)).isZero();
	}

	@Test
	void thePrivacyOfficerRunsItNowAndSeesTheRule() {
		Tenant tenant = this.context.getBean(Tenants.class)
			.create("beratung-lauf-" + System.nanoTime(), "Lauf-Landkreis", "03459", true);
		AccessFixtures access = AccessFixtures.of(this.context);
		TestUser counsellor = access.createIn(tenant.id(), "lauf", Role.COUNSELLOR);
		TestUser officer = access.createIn(tenant.id(), "lauf-dsb", Role.PRIVACY_OFFICER);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		UUID client = CounsellingFixtures.create(fixtures.api(counsellor), body("Dana", uniqueName("Lauf")));
		UUID closed = new CaseRows(this.context).insertCase(tenant.id(), client, "COUNSELLING", counsellor.id(),
				LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1), uniqueName("Titel"));
		Http pages = fixtures.session(officer);
		String page = pages.get("/privacy/retention").body();
		assertThat(page).contains("Beratungsfälle anonymisieren")
			.contains("3 Jahre nach dem Tag, an dem der Fall abgeschlossen wurde");
		HttpResponse<String> ran = AccessFixtures.post(pages, "/privacy/retention", "/privacy/retention/run");
		assertThat(ran.statusCode()).isEqualTo(302);
		assertThat(count(fixtures.jdbc(),
				"SELECT count(*) FROM counselling_case WHERE id = ? AND client_id IS NULL AND anonymised_at IS NOT NULL",
				closed))
			.isEqualTo(1);
		assertThat(count(fixtures.jdbc(), "SELECT count(*) FROM counselling_client WHERE id = ?", client)).isZero();
		assertThat(fixtures.jdbc()
			.sql("SELECT affected FROM retention_run WHERE tenant_id = ? AND rule = 'counselling.case-anonymisation'")
			.param(tenant.id())
			.query(Integer.class)
			.list()).containsExactly(2);
	}

	private static long count(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String body(String first, String last) {
		return """
				{"firstName": "%s", "lastName": "%s", "birthYear": 1990, "languages": ["ar"],
				 "confirmDuplicate": true}""".formatted(first, last);
	}

}
