package de.teilhabe.council.member;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Beirat's persons as data subjects, through the pages and the API of the demo
 * privacy officer: found by name and e-mail, the Art. 15 answer (person, memberships with
 * their succession, attendance) in German and English and audited; the erasure refused as
 * a whole for a person named in published minutes, the contact data erased apart, a
 * person without a published record erased; the retention rule. Every person, working
 * group and meeting is the test's own.
 */
@IntegrationTest
class CouncilMemberPrivacyTest {

	static final String TENANT = "(SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck')";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aMemberIsFoundExportedHeldByPublishedMinutesAndErasedWhereNoRecordNeedsIt() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		String u = unique();
		String group = "AG Datenschutzprobe " + u;
		UUID workingGroup = createWorkingGroup(office, group);
		UUID term = id(
				"SELECT id FROM council_term WHERE tenant_id = " + TENANT + " AND name = 'Wahlperiode 2026–2031'");
		LocalDate termStart = this.jdbc.sql("SELECT start_date FROM council_term WHERE id = ?")
			.params(term)
			.query(LocalDate.class)
			.single();
		String paulaFamily = "Protokollia" + u;
		String benFamily = "Ohnespur" + u;
		String benMail = "ben." + u + "@example.org";
		UUID paula = createPerson(office, "Paula", paulaFamily, "paula." + u + "@example.org");
		UUID ben = createPerson(office, "Ben", benFamily, benMail);
		// Ben for one day, Paula his successor from the next
		UUID benMembership = addMembership(office, ben, workingGroup, term, termStart);
		String end = "/council/memberships/" + benMembership + "/end";
		assertThat(
				office
					.submit(end, end, Map.of("endDate", termStart.toString(), "successor", paula.toString(),
							"successorStart", termStart.plusDays(1).toString()))
					.statusCode())
			.isEqualTo(302);

		// a meeting held and its minutes published (Paula present), one still to come
		// (Paula excused)
		String heldName = "Sitzung mit Niederschrift " + u;
		String comingName = "Sitzung ohne Niederschrift " + u;
		UUID held = planMeeting(office, workingGroup, heldName, 1);
		UUID coming = planMeeting(office, workingGroup, comingName, 2);
		recordAttendance(office, held, paula, "PRESENT");
		recordAttendance(office, coming, paula, "EXCUSED");
		this.jdbc
			.sql("UPDATE council_meeting SET starts_at = starts_at - interval '2 days',"
					+ " ends_at = ends_at - interval '2 days' WHERE id = ?")
			.params(held)
			.update();
		assertThat(office.submit("/council/meetings/" + held, "/council/meetings/" + held + "/publish", Map.of())
			.statusCode()).isEqualTo(302);
		// Ben was a guest at the coming meeting (the office's record)
		this.jdbc.sql("""
				INSERT INTO council_attendance (tenant_id, meeting_id, person_id, status, modified_at)
				VALUES (""" + TENANT + ", ?, ?, 'PRESENT', now())").params(coming, ben).update();

		// found by name and by e-mail address
		String found = officer.get("/privacy/subjects?q=" + paulaFamily).body();
		assertThat(found).contains("type=council-member&amp;id=" + paula)
			.contains("type=council-member-contact&amp;id=" + paula)
			.contains("Mitglied oder Gast des Beirats")
			.contains(group);
		assertThat(officer.get("/privacy/subjects?q=" + benMail).body()).contains("type=council-member&amp;id=" + ben)
			.contains(benMail);

		// a candidate's name in an election result is listed, as a name alone (the
		// published result stays)
		HttpResponse<String> candidate = officer.get("/privacy/subjects?q=Aylin+Demir");
		assertThat(candidate.statusCode()).isEqualTo(200);
		assertThat(candidate.body()).contains("Name im Wahlergebnis einer Beiratswahl",
				"Wahlperiode 2021–2026, Internationale Liste Landkreis Osnabrück");

		// the answer: the person, her membership with the succession, her attendance
		String report = officer
			.submit("/privacy/subjects?type=council-member&id=" + paula,
					"/privacy/subjects/council-member/" + paula + "/report", Map.of("reason", "Auskunft 7/2026"))
			.body();
		assertThat(report).contains("Beirat für Migration und Integration: Person", "Paula", paulaFamily,
				"paula." + u + "@example.org", "Beirat für Migration und Integration: Mitgliedschaften", group,
				"Wahlperiode 2026–2031", "Rolle im Gremium", "Mitglied", "Stimmberechtigt", "Nachfolge für",
				"Ben " + benFamily, "Beirat für Migration und Integration: Anwesenheit in Sitzungen", heldName,
				"anwesend", comingName, "entschuldigt", "Niederschrift veröffentlicht am");
		assertThat(report).doesNotContain("privacy.field.", "privacy.value.", "privacy.section.");
		String english = officer.language("en")
			.submit("/privacy/subjects?type=council-member&id=" + ben,
					"/privacy/subjects/council-member/" + ben + "/report", Map.of("reason", "Request 7/2026"))
			.body();
		assertThat(english).contains("Advisory Council on Migration and Integration: memberships", "Succeeded by",
				"Paula " + paulaFamily, "Term", "present", comingName);
		officer.language("de");
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'subject.exported' AND record_id = ?",
				"council-member:" + paula))
			.isOne();
		String json = api().get("/api/v1/privacy/subjects/council-member/" + paula + "/export?reason=Auskunft").body();
		assertThat(json).contains("council.memberships", "council.attendance", "\"committeeRole\":\"MEMBER\"",
				"\"councilAttendance\":\"PRESENT\"");

		// Paula's name is in published minutes: the erasure is refused as a whole
		assertThat(officer.get("/privacy/subjects?type=council-member&id=" + paula).body())
			.contains("veröffentlichten Niederschriften", heldName, "§ 68 NKomVG");
		HttpResponse<String> refused = officer.submit("/privacy/subjects?type=council-member&id=" + paula,
				"/privacy/subjects/council-member/" + paula + "/erase",
				Map.of("reason", "Antrag 8/2026", "confirm", "true"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Nichts wurde gelöscht");
		HttpResponse<String> refusedApi = api().send("POST",
				"/api/v1/privacy/subjects/council-member/" + paula + "/erasure", "application/json",
				"{\"reason\": \"Antrag 8/2026\", \"confirm\": true}");
		assertThat(refusedApi.statusCode()).isEqualTo(409);
		assertThat(refusedApi.body()).contains("Art. 17 Abs. 3 lit. b und e DSGVO");
		assertThat(count("SELECT count(*) FROM council_person WHERE id = ? AND family_name = ? AND email IS NOT NULL",
				paula, paulaFamily))
			.isOne();
		assertThat(count("SELECT count(*) FROM council_attendance WHERE person_id = ?", paula)).isEqualTo(2);

		// her contact data are erased apart: the e-mail, the attendance of the meeting
		// without minutes
		HttpResponse<String> contact = api().send("POST",
				"/api/v1/privacy/subjects/council-member-contact/" + paula + "/erasure", "application/json",
				"{\"reason\": \"Antrag 8/2026\", \"confirm\": true}");
		assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
		assertThat(contact.body()).contains("\"affected\":2", "E-Mail-Adresse und Anwesenheit in Sitzungen ohne");
		assertThat(count("SELECT count(*) FROM council_person WHERE id = ? AND family_name = ? AND email IS NULL",
				paula, paulaFamily))
			.isOne();
		assertThat(count("SELECT count(*) FROM council_attendance WHERE person_id = ? AND meeting_id = ?", paula, held))
			.isOne();
		assertThat(
				count("SELECT count(*) FROM council_attendance WHERE person_id = ? AND meeting_id = ?", paula, coming))
			.isZero();
		assertThat(api().get("/api/v1/privacy/subjects/council-member-contact/" + paula + "/export?reason=Auskunft")
			.statusCode()).isEqualTo(404);

		// Ben shaped no published record: erased
		HttpResponse<String> erased = officer.submit("/privacy/subjects?type=council-member&id=" + ben,
				"/privacy/subjects/council-member/" + ben + "/erase",
				Map.of("reason", "Antrag 9/2026", "confirm", "true"));
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(302);
		String back = erased.headers().firstValue("Location").orElseThrow();
		assertThat(officer.get(back.substring(back.indexOf("/privacy/"))).body())
			.contains("Name, E-Mail-Adresse und Anwesenheiten entfernt");
		assertThat(count("""
				SELECT count(*) FROM council_person WHERE id = ? AND deleted AND given_name = '' AND family_name = ''
				AND email IS NULL""", ben)).isOne();
		assertThat(count("SELECT count(*) FROM council_membership WHERE id = ? AND deleted", benMembership)).isOne();
		assertThat(count("SELECT count(*) FROM council_attendance WHERE person_id = ?", ben)).isZero();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'subject.erased' AND record_id = ?",
				"council-member:" + ben))
			.isOne();
		assertThat(officer.get("/privacy/subjects?q=" + benFamily).body()).contains("Keine Treffer");
		assertThat(api().get("/api/v1/privacy/subjects/council-member/" + ben + "/export?reason=Auskunft").statusCode())
			.isEqualTo(404);
		assertThat(office.get("/council/persons/" + ben).statusCode()).isEqualTo(404);
		assertThat(office.get("/council/persons").body()).doesNotContain(benFamily).contains(paulaFamily);
		// the successor's membership still names the one it replaced (a tombstone now)
		assertThat(count("SELECT count(*) FROM council_membership WHERE person_id = ? AND replaces_id = ?", paula,
				benMembership))
			.isOne();
	}

	@Test
	void theRetentionRuleRemovesContactDataOneElectionPeriodAfterTheLastMembership() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String u = unique();
		UUID workingGroup = createWorkingGroup(office, "AG Aufbewahrung " + u);
		UUID pastTerm = id(
				"SELECT id FROM council_term WHERE tenant_id = " + TENANT + " AND name = 'Wahlperiode 2021–2026'");
		UUID gone = createPerson(office, "Greta", "Langeher" + u, "greta." + u + "@example.org");
		UUID recent = createPerson(office, "Rudi", "Kuerzlich" + u, "rudi." + u + "@example.org");
		UUID guest = createPerson(office, "Gino", "Gast" + u, "gino." + u + "@example.org");
		addMembership(office, gone, workingGroup, pastTerm, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));
		addMembership(office, recent, workingGroup, pastTerm, LocalDate.of(2021, 12, 1), LocalDate.of(2023, 6, 30));
		// the persons were entered when the term began
		this.jdbc.sql("UPDATE council_person SET created_at = '2021-11-20T10:00:00+01:00' WHERE id IN (?, ?, ?)")
			.params(gone, recent, guest)
			.update();
		UUID unpublished = meeting(workingGroup, "Sitzung 2022 ohne Niederschrift " + u, "2022-01-11T16:30:00+01:00",
				null);
		UUID published = meeting(workingGroup, "Sitzung 2022 mit Niederschrift " + u, "2022-01-25T16:30:00+01:00",
				"2022-02-10T10:00:00+01:00");
		attend(unpublished, gone);
		attend(published, gone);
		attend(unpublished, guest);

		// run in a transaction that is rolled back: the run at a date five years ahead
		// would
		// leave records modified in the future (and demo members changed) to the other
		// tests
		// of the shared database (OParl, the calendar feed)
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			// five years after the end of 2022-12-02
			Instant now = Instant.parse("2027-12-02T10:00:00Z");
			UUID tenant = id("SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck'");
			assertThat(rule().apply(tenant, now)).isGreaterThanOrEqualTo(4);
			assertThat(count("SELECT count(*) FROM council_person WHERE id IN (?, ?) AND email IS NULL", gone, guest))
				.isEqualTo(2);
			assertThat(count("SELECT count(*) FROM council_person WHERE id = ? AND email IS NOT NULL", recent)).isOne();
			assertThat(count("SELECT count(*) FROM council_attendance WHERE meeting_id = ?", unpublished)).isZero();
			assertThat(count("SELECT count(*) FROM council_attendance WHERE meeting_id = ? AND person_id = ?",
					published, gone))
				.isOne();
			assertThat(
					count("SELECT count(*) FROM council_person WHERE id = ? AND family_name = ?", gone, "Langeher" + u))
				.as("the name stays")
				.isOne();
			assertThat(rule().apply(tenant, now)).as("nothing more to do").isZero();
		});

		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		assertThat(officer.get("/privacy/retention").body()).contains("Kontaktdaten ehemaliger Mitglieder des Beirats",
				"5 Jahre nach dem Ende der letzten Mitgliedschaft");
		assertThat(officer.language("en").get("/privacy/retention").body())
			.contains("Contact data of former members of the Advisory Council");
	}

	private RetentionRule rule() {
		return this.context.getBeansOfType(RetentionRule.class)
			.values()
			.stream()
			.filter((rule) -> rule.name().equals("council.member.contact"))
			.findFirst()
			.orElseThrow();
	}

	private UUID meeting(UUID committee, String name, String startsAt, String publishedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, state,"
					+ " minutes_published_at, created_at, modified_at) VALUES (" + TENANT
					+ ", ?, ?, ?, ?, 'HELD', ?, now(), now())")
			.params(id, committee, name, OffsetDateTime.parse(startsAt),
					(publishedAt != null) ? OffsetDateTime.parse(publishedAt) : null)
			.update();
		return id;
	}

	private void attend(UUID meeting, UUID person) {
		this.jdbc
			.sql("INSERT INTO council_attendance (tenant_id, meeting_id, person_id, status, modified_at)" + " VALUES ("
					+ TENANT + ", ?, ?, 'PRESENT', now())")
			.params(meeting, person)
			.update();
	}

	private UUID createWorkingGroup(Http office, String name) {
		assertThat(office
			.submit("/council/working-groups/new", "/council/working-groups",
					Map.of("name", name, "shortName", "AG", "startDate", "2021-12-01", "endDate", "", "description",
							""))
			.statusCode()).isEqualTo(302);
		return id("SELECT id FROM council_committee WHERE name = '" + name + "'");
	}

	private UUID createPerson(Http office, String given, String family, String email) {
		HttpResponse<String> created = office.submit("/council/persons/new", "/council/persons",
				Map.of("givenName", given, "familyName", family, "email", email));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return id("SELECT id FROM council_person WHERE family_name = '" + family + "'");
	}

	private UUID addMembership(Http office, UUID person, UUID committee, UUID term, LocalDate start) {
		return addMembership(office, person, committee, term, start, null);
	}

	private UUID addMembership(Http office, UUID person, UUID committee, UUID term, LocalDate start, LocalDate end) {
		Map<String, String> membership = new LinkedHashMap<>();
		membership.put("committee", committee.toString());
		membership.put("term", term.toString());
		membership.put("role", "MEMBER");
		membership.put("votingRight", "VOTING");
		membership.put("delegatedBy", "");
		membership.put("startDate", start.toString());
		membership.put("endDate", (end != null) ? end.toString() : "");
		HttpResponse<String> created = office.submit("/council/persons/" + person + "/memberships/new",
				"/council/persons/" + person + "/memberships", membership);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return id("SELECT id FROM council_membership WHERE person_id = '" + person + "' AND committee_id = '"
				+ committee + "'");
	}

	private UUID planMeeting(Http office, UUID committee, String name, int days) {
		UUID place = id("SELECT id FROM council_location WHERE tenant_id = " + TENANT
				+ " AND description LIKE 'Kreishaus%' AND NOT deleted LIMIT 1");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("committee", committee.toString());
		fields.put("name", name);
		fields.put("date", BerlinTime.today().plusDays(days).toString());
		fields.put("startTime", "16:30");
		fields.put("endTime", "18:00");
		fields.put("location", place.toString());
		HttpResponse<String> created = office.submit("/council/meetings/new", "/council/meetings", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private void recordAttendance(Http office, UUID meeting, UUID person, String status) {
		String path = "/council/meetings/" + meeting + "/attendance";
		HttpResponse<String> saved = office.submit(path, path,
				Map.of("members[0].person", person.toString(), "members[0].status", status));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	private Http api() {
		return Http.withToken(this.port, "demo-token-datenschutz");
	}

	private UUID id(String sql) {
		return this.jdbc.sql(sql).query(UUID.class).single();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
