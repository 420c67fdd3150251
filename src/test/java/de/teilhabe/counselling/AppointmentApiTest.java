package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appointments API through the real HTTP layer: making, reading, changing and marking
 * an appointment; interpreting noted by default when the client speaks no German; the
 * range of a list (at most 62 days, else 422); bad bodies (422 naming the fields, never a
 * 5xx); a warning on overlap; one audit entry per list without names; a colleague without
 * access 403, another tenant 404, a deputy sees the responsible counsellor's appointments
 * with the client.
 */
@IntegrationTest
class AppointmentApiTest {

	private static final String APPOINTMENTS = "/api/v1/counselling/appointments";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http api;

	/**
	 * A day two weeks ahead, so that nothing of the demo or of other tests lies on it.
	 */
	LocalDate day;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
		this.day = BerlinTime.today().plusDays(10);
	}

	private UUID client(String lastName, String languages) {
		return create(this.api, """
				{"firstName": "Samira", "lastName": "%s", "languages": %s, "confirmDuplicate": true}"""
			.formatted(lastName, languages));
	}

	private HttpResponse<String> post(String body) {
		return this.api.send("POST", APPOINTMENTS, "application/json", body);
	}

	private String body(UUID client, String start, String end, String more) {
		return """
				{"clientId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "place": "OFFICE"%s}"""
			.formatted(client, this.day, start, end, more);
	}

	@Test
	void anAppointmentIsMadeReadChangedAndMarkedWithInterpretingNotedByDefault() {
		String last = uniqueName("Haddad");
		UUID client = client(last, "[\"ar\", \"kmr\"]");
		HttpResponse<String> created = post(body(client, "09:00", "10:00",
				", \"placeDetail\": \"Raum 1.12\", \"note\": \"Unterlagen mitbringen\""));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> answer = json(created);
		UUID id = UUID.fromString((String) answer.get("id"));
		assertThat(created.headers().firstValue("Location")).hasValue(APPOINTMENTS + "/" + id);
		assertThat(answer).containsEntry("interpreter", "NEEDED")
			.containsEntry("interpreterLanguage", "ar")
			.containsEntry("interpreterNote", "Dolmetschen für Arabisch – noch nicht gebucht")
			.containsEntry("clientName", "Samira " + last)
			.containsEntry("status", "PLANNED")
			.containsEntry("mine", true)
			.containsEntry("overlaps", List.of());
		assertThat(OffsetDateTime.parse((String) answer.get("startsAt")).toLocalDateTime())
			.isEqualTo(this.day.atTime(9, 0));

		Map<String, Object> read = json(this.api.get(APPOINTMENTS + "/" + id));
		assertThat(read).containsEntry("placeDetail", "Raum 1.12").containsEntry("note", "Unterlagen mitbringen");

		// booked, in Kurmanji; then changed without saying: stays booked
		HttpResponse<String> booked = this.api.send("PUT", APPOINTMENTS + "/" + id, "application/json",
				body(client, "09:30", "10:30", ", \"interpreter\": \"BOOKED\", \"interpreterLanguage\": \"kmr\""));
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
		assertThat(json(booked)).containsEntry("interpreter", "BOOKED").containsEntry("interpreterLanguage", "kmr");
		HttpResponse<String> moved = this.api.send("PUT", APPOINTMENTS + "/" + id, "application/json",
				body(client, "11:00", "12:00", ""));
		assertThat(json(moved)).containsEntry("interpreter", "BOOKED")
			.containsEntry("interpreterLanguage", "kmr")
			.containsEntry("note", null);

		assertThat(json(this.api.send("POST", APPOINTMENTS + "/" + id + "/held", "application/json", "")))
			.containsEntry("status", "HELD");
		assertThat(json(this.api.send("POST", APPOINTMENTS + "/" + id + "/no-show", "application/json", "")))
			.containsEntry("status", "NO_SHOW");
		assertThat(json(this.api.send("POST", APPOINTMENTS + "/" + id + "/cancel", "application/json", "")))
			.containsEntry("status", "CANCELLED");

		// a client who speaks German needs no interpreting; one who asks for it names the
		// language
		UUID german = client(uniqueName("Yilmaz"), "[\"tr\", \"de\"]");
		HttpResponse<String> plain = post(body(german, "13:00", "14:00", ""));
		assertThat(json(plain)).containsEntry("interpreter", "NONE").containsEntry("interpreterLanguage", null);
		UUID none = client(uniqueName("Nolang"), "[]");
		HttpResponse<String> missing = post(body(none, "15:00", "16:00", ", \"interpreter\": \"NEEDED\""));
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("interpreterLanguage");
	}

	@Test
	void aListCoversAtMost62DaysAndIsAuditedOnceWithoutNames() {
		String last = uniqueName("Karimi");
		UUID client = client(last, "[\"fa\"]");
		UUID first = UUID.fromString((String) json(post(body(client, "09:00", "10:00", ""))).get("id"));
		HttpResponse<String> second = post(body(client, "09:30", "11:00", ""));
		// the overlap is a warning, not an error
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.body()).contains("\"overlaps\":[{").contains(first.toString());
		UUID secondId = UUID.fromString((String) json(second).get("id"));

		Map<String, Object> page = json(this.api.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day));
		assertThat(page).containsEntry("totalItems", 2);
		assertThat(page.get("items").toString()).contains(first.toString())
			.contains(secondId.toString())
			.contains(last);
		List<Map<String, Object>> audit = this.fixtures.jdbc()
			.sql("SELECT action, record_id, reason, details FROM audit_event WHERE actor_id = ? "
					+ "AND action LIKE 'counselling.appointment.%' ORDER BY id")
			.param(this.counsellor.id())
			.query()
			.listOfRows();
		List<Map<String, Object>> lists = audit.stream()
			.filter((entry) -> entry.get("action").equals("counselling.appointment.list"))
			.toList();
		assertThat(lists).hasSize(1);
		assertThat((String) lists.get(0).get("details")).contains(first.toString()).contains(secondId.toString());
		assertThat(lists.get(0)).containsEntry("reason", "list");
		assertThat(audit.toString()).doesNotContain(last).doesNotContain("Samira");

		// without a range: the next 14 days; a range of 62 days is fine, 63 are not
		assertThat(json(this.api.get(APPOINTMENTS)).get("items").toString()).contains(first.toString());
		assertThat(this.api.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day.plusDays(61)).statusCode())
			.isEqualTo(200);
		HttpResponse<String> tooLong = this.api
			.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day.plusDays(62));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("\"field\":\"to\"").contains("62");
		HttpResponse<String> backwards = this.api
			.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day.minusDays(1));
		assertThat(backwards.statusCode()).isEqualTo(422);
		HttpResponse<String> noDate = this.api.get(APPOINTMENTS + "?from=morgen");
		assertThat(noDate.statusCode()).isEqualTo(422);
		assertThat(noDate.body()).contains("\"field\":\"from\"");
	}

	@Test
	void badBodiesAnswer422NamingTheFieldsAndStoreNothing() {
		UUID client = client(uniqueName("Rahimi"), "[\"prs\"]");
		HttpResponse<String> empty = post("{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(empty.body()).contains("clientId")
			.contains("date")
			.contains("startTime")
			.contains("endTime")
			.contains("place");
		assertThat(post(body(client, "10:00", "09:00", "")).body()).contains("endTime");
		assertThat(post(body(client, "10:00", "11:00", ", \"note\": \"a\\u0000b\"")).statusCode()).isEqualTo(422);
		assertThat(post(body(client, "10:00", "11:00", ", \"note\": \"" + "x".repeat(5000) + "\"")).body())
			.contains("note");
		assertThat(post(body(client, "25:00", "26:00", "")).statusCode()).isEqualTo(422);
		assertThat(post(body(client, "10:00", "11:00", ", \"interpreterLanguage\": \"xx\"")).body())
			.contains("interpreterLanguage");
		assertThat(post("""
				{"clientId": "%s", "date": "%s", "startTime": "10:00", "endTime": "11:00", "place": "OFFICE"}"""
			.formatted(client, this.day.plusYears(3))).body()).contains("date");
		assertThat(post("[1, 2]").statusCode()).isLessThan(500).isGreaterThanOrEqualTo(400);

		// a case: only one of the client's
		UUID otherClient = client(uniqueName("Rahimi"), "[\"prs\"]");
		UUID caseId = caseOf(client);
		assertThat(post(body(otherClient, "10:00", "11:00", ", \"caseId\": \"" + caseId + "\"")).body())
			.contains("caseId");
		HttpResponse<String> withCase = post(body(client, "10:00", "11:00", ", \"caseId\": \"" + caseId + "\""));
		assertThat(withCase.statusCode()).as(withCase.body()).isEqualTo(201);
		assertThat(json(withCase)).containsEntry("caseId", caseId.toString());
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_appointment WHERE counsellor_id = ?")
			.param(this.counsellor.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aColleagueWithoutAccessIsRefusedAnotherTenantFindsNothingADeputySees() {
		String last = uniqueName("Sultani");
		UUID client = client(last, "[\"ps\"]");
		UUID id = UUID.fromString((String) json(post(body(client, "09:00", "10:00", ""))).get("id"));
		String path = APPOINTMENTS + "/" + id;

		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http other = this.fixtures.api(colleague);
		assertThat(other.get(path).statusCode()).isEqualTo(403);
		assertThat(other.send("PUT", path, "application/json", body(client, "09:00", "10:00", "")).statusCode())
			.isEqualTo(403);
		assertThat(other.send("POST", path + "/cancel", "application/json", "").statusCode()).isEqualTo(403);
		assertThat(other.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day).body())
			.doesNotContain(id.toString());
		// nor may the colleague make an appointment with the client
		HttpResponse<String> foreignClient = other.send("POST", APPOINTMENTS, "application/json",
				body(client, "09:00", "10:00", ""));
		assertThat(foreignClient.statusCode()).isEqualTo(422);
		assertThat(foreignClient.body()).contains("clientId").doesNotContain(last);

		Http stadt = this.fixtures.api(this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR));
		assertThat(stadt.get(path).statusCode()).isEqualTo(404);
		assertThat(stadt.send("PUT", path, "application/json", "{}").statusCode()).isEqualTo(404);
		assertThat(stadt.send("POST", path + "/held", "application/json", "").statusCode()).isEqualTo(404);

		// as deputy the colleague sees the responsible counsellor's appointment
		this.fixtures.jdbc()
			.sql("INSERT INTO counselling_client_deputy (tenant_id, client_id, user_id, added_at, added_by) "
					+ "VALUES (?, ?, ?, now(), ?)")
			.params(colleague.tenantId(), client, colleague.id(), this.counsellor.id())
			.update();
		Map<String, Object> seen = json(other.get(path));
		assertThat(seen).containsEntry("mine", false).containsEntry("clientName", "Samira " + last);
		assertThat(other.get(APPOINTMENTS + "?from=" + this.day + "&to=" + this.day).body()).contains(id.toString());
		// an unknown appointment: 404
		assertThat(this.api.get(APPOINTMENTS + "/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
	}

	private UUID caseOf(UUID client) {
		UUID id = UUID.randomUUID();
		this.fixtures.jdbc()
			.sql("""
					INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, responsible_id, opened_on,
					                              created_at, updated_at)
					VALUES (?, ?, ?, 'COUNSELLING', 'OPEN', ?, current_date, now(), now())""")
			.params(this.counsellor.tenantId(), id, client, this.counsellor.id())
			.update();
		return id;
	}

}
