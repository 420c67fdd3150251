package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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
 * The cases API through the real HTTP layer: a case management through its phases with
 * its Förderplan, closing (read-only) and reopening, the counsellor's case list with the
 * last contact and its filters, bad bodies (422 naming the fields, nothing stored),
 * handover to a colleague (who becomes a deputy of the client), short anonymous contacts,
 * every read audited, a colleague without access 403 and another tenant 404.
 */
@IntegrationTest
class CaseApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
	}

	@Test
	void aCaseManagementGoesThroughItsPhasesWithAFoerderplanIsClosedAndReopened() {
		UUID client = create(this.api, body("Amira", uniqueName("Sabbagh"), 1987));
		HttpResponse<String> opened = this.api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", """
						{"kind": "CASE_MANAGEMENT", "topics": ["WORK_RECOGNITION", "HOUSING"],
						 "title": "Anerkennung und Wohnung"}""");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		Map<String, Object> created = json(opened);
		String id = (String) created.get("id");
		assertThat(opened.headers().firstValue("Location")).hasValue("/api/v1/counselling/cases/" + id);
		assertThat(created).containsEntry("kind", "CASE_MANAGEMENT")
			.containsEntry("status", "OPEN")
			.containsEntry("phase", "INTAKE")
			.containsEntry("nextPhase", "ASSESSMENT")
			.containsEntry("title", "Anerkennung und Wohnung")
			.containsEntry("topics",
					List.of(Map.of("code", "WORK_RECOGNITION", "name", "Arbeit und Anerkennung von Abschlüssen"),
							Map.of("code", "HOUSING", "name", "Wohnen")));
		assertThat(((Map<?, ?>) created.get("client")).get("id")).isEqualTo(client.toString());
		assertThat((String) ((Map<?, ?>) created.get("client")).get("name")).startsWith("Amira ");

		String cases = "/api/v1/counselling/cases/" + id;
		assertThat(phase(id, "ASSESSMENT").statusCode()).isEqualTo(200);
		assertThat(phase(id, "FOLLOW_UP").statusCode()).isEqualTo(422);
		assertThat(json(phase(id, "PLAN"))).containsEntry("phase", "PLAN");
		HttpResponse<String> withoutGoal = phase(id, "FOLLOW_UP");
		assertThat(withoutGoal.statusCode()).isEqualTo(422);
		assertThat(withoutGoal.body()).contains("\"field\":\"phase\"").contains("mindestens ein Ziel");

		HttpResponse<String> goal = this.api.send("POST", cases + "/goals", "application/json",
				"{\"text\": \"Anerkennungsbescheid liegt vor\", \"dueOn\": \"2027-06-30\"}");
		assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);
		String goalId = (String) json(goal).get("id");
		assertThat(json(goal)).containsEntry("state", "OPEN").containsEntry("dueOn", "2027-06-30");
		assertThat(this.api.send("POST", cases + "/goals", "application/json", "{\"text\": \"\"}").statusCode())
			.isEqualTo(422);
		assertThat(json(phase(id, "FOLLOW_UP"))).containsEntry("phase", "FOLLOW_UP");
		HttpResponse<String> reached = this.api.send("PUT", cases + "/goals/" + goalId, "application/json",
				"{\"text\": \"Anerkennungsbescheid liegt vor\", \"state\": \"ACHIEVED\"}");
		assertThat(json(reached)).containsEntry("state", "ACHIEVED").containsEntry("dueOn", null);
		assertThat(this.api.send("PUT", cases + "/goals/" + UUID.randomUUID(), "application/json", "{\"text\": \"x\"}")
			.statusCode()).isEqualTo(404);

		HttpResponse<String> early = this.api.send("POST", cases + "/close", "application/json",
				"{\"closedOn\": \"2001-01-01\"}");
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("\"field\":\"closedOn\"");
		HttpResponse<String> closed = this.api.send("POST", cases + "/close", "application/json", "{}");
		assertThat(json(closed)).containsEntry("status", "CLOSED").containsEntry("nextPhase", null);
		assertThat(json(closed).get("closedOn")).isNotNull();
		// a closed case is read-only except reopening
		assertThat(this.api.send("PUT", cases, "application/json", "{\"topics\": [\"HEALTH\"]}").statusCode())
			.isEqualTo(409);
		assertThat(phase(id, "CLOSURE").statusCode()).isEqualTo(409);
		assertThat(this.api.send("POST", cases + "/goals", "application/json", "{\"text\": \"Neu\"}").statusCode())
			.isEqualTo(409);
		assertThat(this.api.send("POST", cases + "/close", "application/json", "{}").statusCode()).isEqualTo(409);
		HttpResponse<String> reopened = this.api.send("POST", cases + "/reopen", "application/json", "");
		assertThat(json(reopened)).containsEntry("status", "OPEN").containsEntry("closedOn", null);
		assertThat(this.api.send("POST", cases + "/reopen", "application/json", "").statusCode()).isEqualTo(409);

		HttpResponse<String> changed = this.api.send("PUT", cases, "application/json",
				"{\"topics\": [\"HEALTH\", \"OTHER\"], \"title\": \"Gesundheit\"}");
		assertThat(json(changed)).containsEntry("title", "Gesundheit");
		assertThat((List<?>) json(this.api.get(cases)).get("goals")).hasSize(1);
		assertThat(caseReads(UUID.fromString(id))).isNotEmpty().allMatch("detail"::equals);
	}

	@Test
	void theCaseListShowsTheCasesOfTheClientsTheCounsellorReadsWithTheLastContact() {
		UUID first = create(this.api, body("Yonas", uniqueName("Tekle"), 1990));
		UUID second = create(this.api, body("Selam", uniqueName("Berhe"), 1993));
		String older = open(first, "COUNSELLING", "RESIDENCE_LAW");
		String newer = open(second, "CASE_MANAGEMENT", "LANGUAGE_COURSE");
		String closed = open(second, "COUNSELLING", "MONEY_BENEFITS");
		assertThat(this.api.send("POST", "/api/v1/counselling/cases/" + closed + "/close", "application/json", "{}")
			.statusCode()).isEqualTo(200);
		OffsetDateTime contact = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(5);
		this.fixtures.jdbc()
			.sql("""
					INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at,
					                                 duration_minutes, channel, created_at)
					VALUES (?, ?, ?, ?, ?, 45, 'PHONE', now())""")
			.params(this.counsellor.tenantId(), UUID.randomUUID(), UUID.fromString(older), this.counsellor.id(),
					contact)
			.update();

		List<Map<String, Object>> all = ApiLists.all(this.api, "/api/v1/counselling/cases");
		assertThat(all).extracting((item) -> item.get("id")).containsExactly(older, closed, newer);
		assertThat(all.get(0)).containsEntry("clientId", first.toString())
			.containsEntry("kind", "COUNSELLING")
			.containsEntry("status", "OPEN");
		assertThat((String) all.get(0).get("clientName")).startsWith("Yonas ");
		assertThat((String) all.get(0).get("clientNumber")).matches("K-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(all.get(0).get("lastContactAt")).isNotNull();
		assertThat(all.get(2)).containsEntry("phase", "INTAKE").containsEntry("lastContactAt", null);
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/cases?status=CLOSED"))
			.extracting((item) -> item.get("id"))
			.containsExactly(closed);
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/cases?status=OPEN&kind=CASE_MANAGEMENT"))
			.extracting((item) -> item.get("id"))
			.containsExactly(newer);
		assertThat(this.api.get("/api/v1/counselling/cases?status=DONE").statusCode()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/counselling/cases?kind=OTHER").statusCode()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/counselling/cases?size=101").statusCode()).isEqualTo(400);
		assertThat(caseReads(UUID.fromString(older))).contains("list");

		assertThat(ApiLists.all(this.api, "/api/v1/counselling/clients/" + second + "/cases"))
			.extracting((item) -> item.get("id"))
			.containsExactlyInAnyOrder(newer, closed);
	}

	@Test
	void badBodiesNameEveryFieldStoreNothingAndNeverFail() {
		UUID client = create(this.api, body("Reza", uniqueName("Moradi"), 1979));
		String path = "/api/v1/counselling/clients/" + client + "/cases";
		HttpResponse<String> empty = this.api.send("POST", path, "application/json", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(empty.body()).contains("\"field\":\"kind\"").contains("\"field\":\"topics\"");
		HttpResponse<String> wrong = this.api.send("POST", path, "application/json", """
				{"kind": "SHORT_CONTACT", "topics": ["HOUSING", "ALIENS"], "openedOn": "2999-01-01",
				 "title": "Zeile 1\\nZeile 2"}""");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"kind\"")
			.contains("\"field\":\"topics\"")
			.contains("\"field\":\"openedOn\"")
			.contains("\"field\":\"title\"")
			.contains("ALIENS");
		assertThat(this.api.language("en").send("POST", path, "application/json", "{}").body())
			.contains("Please choose at least one topic");
		String huge = "x".repeat(100_000);
		for (String hostile : List.of(
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"], \"title\": \"a\\u0000b\"}",
				"{\"kind\": \"COUNSELLING\", \"topics\": [\"" + huge + "\"], \"title\": \"" + huge + "\"}",
				"{\"kind\": [1], \"topics\": {\"a\": 1}, \"openedOn\": \"gestern\"}", "not json")) {
			HttpResponse<String> refused = this.api.send("POST", path, "application/json", hostile);
			assertThat(refused.statusCode()).as(hostile.length() > 200 ? "huge" : hostile).isBetween(400, 499);
		}
		assertThat(ApiLists.all(this.api, path)).isEmpty();
		assertThat(this.api
			.send("POST", "/api/v1/counselling/clients/" + UUID.randomUUID() + "/cases", "application/json",
					"{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"]}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aCaseIsHandedToAColleagueWhoBecomesADeputyOfTheClient() {
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http colleagueApi = this.fixtures.api(colleague);
		TestUser third = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		UUID client = create(this.api, body("Oksana", uniqueName("Melnyk"), 1984));
		String id = open(client, "COUNSELLING", "FAMILY_SCHOOL");
		String path = "/api/v1/counselling/cases/" + id;
		assertThat(colleagueApi.get(path).statusCode()).isEqualTo(403);
		assertThat(colleagueApi.get("/api/v1/counselling/clients/" + client + "/cases").statusCode()).isEqualTo(403);
		assertThat(ApiLists.all(colleagueApi, "/api/v1/counselling/cases")).extracting((item) -> item.get("id"))
			.doesNotContain(id);

		for (String to : List.of(this.counsellor.id().toString(), UUID.randomUUID().toString(), "niemand", "")) {
			HttpResponse<String> refused = this.api.send("POST", path + "/handover", "application/json",
					"{\"to\": \"" + to + "\"}");
			assertThat(refused.statusCode()).as(to).isEqualTo(422);
			assertThat(refused.body()).contains("\"field\":\"to\"");
		}
		assertThat(this.fixtures.api(third)
			.send("POST", path + "/handover", "application/json", "{\"to\": \"" + third.id() + "\"}")
			.statusCode()).isEqualTo(403);

		HttpResponse<String> handed = this.api.send("POST", path + "/handover", "application/json",
				"{\"to\": \"" + colleague.id() + "\"}");
		assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
		List<?> handovers = (List<?>) json(handed).get("handovers");
		assertThat(handovers).hasSize(1);
		assertThat(((Map<?, ?>) handovers.get(0)).get("deputyAdded")).isEqualTo(true);
		assertThat(((Map<?, ?>) handovers.get(0)).get("to")).isEqualTo("Test " + colleague.username());
		assertThat(json(handed)).containsEntry("responsible", "Test " + colleague.username());
		assertThat(colleagueApi.get(path).statusCode()).isEqualTo(200);
		assertThat(colleagueApi.get("/api/v1/counselling/clients/" + client).statusCode()).isEqualTo(200);
		assertThat(ApiLists.all(colleagueApi, "/api/v1/counselling/cases")).extracting((item) -> item.get("id"))
			.contains(id);
		// the client stays with its responsible counsellor, who can take the case back
		assertThat(this.api.get(path).statusCode()).isEqualTo(200);
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.case.handover' AND record_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDeputyRoleOfAHandoverIsTakenBackWhenTheCaseGoesBack() {
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http colleagueApi = this.fixtures.api(colleague);
		TestUser chosen = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		UUID client = create(this.api, body("Mariam", uniqueName("Haidari"), 1991));
		String clientPath = "/api/v1/counselling/clients/" + client;
		String first = open(client, "COUNSELLING", "HOUSING");
		String second = open(client, "COUNSELLING", "HEALTH");

		// handed on and back: the colleague reads the client only while holding the case
		handOver(first, colleague);
		assertThat(colleagueApi.get(clientPath).statusCode()).isEqualTo(200);
		HttpResponse<String> back = handBack(colleagueApi, first);
		assertThat(json(back)).containsEntry("id", first).containsEntry("access", "NONE");
		assertThat(colleagueApi.get(clientPath).statusCode()).isEqualTo(403);
		assertThat(colleagueApi.get("/api/v1/counselling/cases/" + first).statusCode()).isEqualTo(403);

		// two cases held: handing one back keeps the role, handing the other ends it
		handOver(first, colleague);
		handOver(second, colleague);
		assertThat(json(handBack(colleagueApi, first))).containsEntry("id", first).doesNotContainKey("access");
		assertThat(colleagueApi.get(clientPath).statusCode()).isEqualTo(200);
		handBack(colleagueApi, second);
		assertThat(colleagueApi.get(clientPath).statusCode()).isEqualTo(403);
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.case.handover.deputy-released' "
					+ "AND record_id IN (?, ?)")
			.params(first, second)
			.query(Long.class)
			.single()).isEqualTo(2);

		// on the page: back to the case list, which says why the case is gone
		handOver(second, colleague);
		Http colleaguePages = this.fixtures.session(colleague);
		HttpResponse<String> handedOnPage = AccessFixtures.post(colleaguePages, "/counselling/cases/" + second,
				"/counselling/cases/" + second + "/handover", "to", this.counsellor.id().toString());
		assertThat(AccessFixtures.location(handedOnPage)).endsWith("/counselling/cases");
		assertThat(colleaguePages.get("/counselling/cases").body()).contains("diese Vertretung ist beendet");

		// a receiver who closes the case keeps reading it (to reopen it)
		handOver(first, colleague);
		assertThat(colleagueApi.send("POST", "/api/v1/counselling/cases/" + first + "/close", "application/json", "{}")
			.statusCode()).isEqualTo(200);
		assertThat(colleagueApi.get("/api/v1/counselling/cases/" + first).statusCode()).isEqualTo(200);

		// a deputy the responsible counsellor chose stays when it hands a case back
		new ContactFixtures(this.fixtures.jdbc()).deputy(client, chosen.id());
		handOver(second, chosen);
		HttpResponse<String> chosenBack = handBack(this.fixtures.api(chosen), second);
		assertThat(json(chosenBack)).doesNotContainKey("access");
		assertThat(this.fixtures.api(chosen).get(clientPath).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> handBack(Http from, String caseId) {
		HttpResponse<String> back = from.send("POST", "/api/v1/counselling/cases/" + caseId + "/handover",
				"application/json", "{\"to\": \"" + this.counsellor.id() + "\"}");
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		return back;
	}

	private void handOver(String caseId, TestUser to) {
		HttpResponse<String> handed = this.api.send("POST", "/api/v1/counselling/cases/" + caseId + "/handover",
				"application/json", "{\"to\": \"" + to.id() + "\"}");
		assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
	}

	@Test
	void aShortContactIsCountedWithoutAnyPersonalData() {
		HttpResponse<String> counted = this.api.send("POST", "/api/v1/counselling/short-contacts", "application/json",
				"""
						{"topics": ["RESIDENCE_LAW"], "channel": "PHONE", "language": "ar", "durationMinutes": 10}""");
		assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
		Map<String, Object> contact = json(counted);
		String id = (String) contact.get("id");
		assertThat(contact).containsEntry("kind", "SHORT_CONTACT")
			.containsEntry("status", "CLOSED")
			.containsEntry("client", null)
			.containsEntry("title", null);
		Map<?, ?> only = (Map<?, ?>) contact.get("shortContact");
		assertThat(only.get("durationMinutes")).isEqualTo(10);
		assertThat(only.get("channel")).isEqualTo("PHONE");
		assertThat(only.get("language")).isEqualTo("ar");
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/cases?kind=SHORT_CONTACT"))
			.extracting((item) -> item.get("id"))
			.containsExactly(id);
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/cases")).extracting((item) -> item.get("id"))
			.doesNotContain(id);
		assertThat(this.api.send("POST", "/api/v1/counselling/cases/" + id + "/reopen", "application/json", "")
			.statusCode()).isEqualTo(409);

		HttpResponse<String> wrong = this.api.send("POST", "/api/v1/counselling/short-contacts", "application/json", """
				{"topics": [], "language": "xx", "durationMinutes": 0, "happenedOn": "2999-01-01",
				 "name": "Jemand"}""");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"topics\"")
			.contains("\"field\":\"channel\"")
			.contains("\"field\":\"language\"")
			.contains("\"field\":\"durationMinutes\"")
			.contains("\"field\":\"happenedOn\"");
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/cases?kind=SHORT_CONTACT")).hasSize(1);
	}

	@Test
	void anotherTenantsCounsellorFindsNoCase() {
		UUID client = create(this.api, body("Dawit", uniqueName("Haile"), 1995));
		String id = open(client, "COUNSELLING", "HEALTH");
		TestUser other = this.fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR);
		Http otherApi = this.fixtures.api(other);
		assertThat(otherApi.get("/api/v1/counselling/cases/" + id).statusCode()).isEqualTo(404);
		assertThat(otherApi
			.send("PUT", "/api/v1/counselling/cases/" + id, "application/json", "{\"topics\": [\"HOUSING\"]}")
			.statusCode()).isEqualTo(404);
		assertThat(otherApi.send("POST", "/api/v1/counselling/cases/" + id + "/close", "application/json", "{}")
			.statusCode()).isEqualTo(404);
		assertThat(otherApi
			.send("POST", "/api/v1/counselling/clients/" + client + "/cases", "application/json",
					"{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"]}")
			.statusCode()).isEqualTo(404);
		assertThat(ApiLists.all(otherApi, "/api/v1/counselling/cases")).isEmpty();
		assertThat(caseReads(UUID.fromString(id), other.id())).isEmpty();
	}

	private String open(UUID client, String kind, String topic) {
		HttpResponse<String> opened = this.api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", "{\"kind\": \"" + kind + "\", \"topics\": [\"" + topic + "\"]}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return (String) json(opened).get("id");
	}

	private HttpResponse<String> phase(String id, String phase) {
		return this.api.send("POST", "/api/v1/counselling/cases/" + id + "/phase", "application/json",
				"{\"phase\": \"" + phase + "\"}");
	}

	/**
	 * The reasons of the read entries of a case by this test's counsellor, oldest first.
	 */
	private List<String> caseReads(UUID caseId) {
		return caseReads(caseId, this.counsellor.id());
	}

	private List<String> caseReads(UUID caseId, UUID actorId) {
		return this.fixtures.jdbc()
			.sql("SELECT coalesce(reason, '') FROM audit_event WHERE action = 'counselling.case.read' "
					+ "AND ? = ANY(string_to_array(record_id, ',')) AND actor_id = ? ORDER BY id")
			.params(caseId.toString(), actorId)
			.query(String.class)
			.list();
	}

}
