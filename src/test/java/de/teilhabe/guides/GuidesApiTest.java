package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.BERSENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.activeGuide;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.guideBody;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.jsonList;
import static de.teilhabe.guides.GuidesFixtures.request;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide network's API through the real HTTP layer: profiles and their lifecycle,
 * requests, candidates with reasons, commissioning and overlaps, a guide's own
 * assignments, bad bodies (422 naming every field, nothing stored), the roles (GUIDE
 * refused on the coordinator's endpoints) and tenant isolation.
 */
@IntegrationTest
class GuidesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	GuidesFixtures fixtures;

	Http coordinator;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.coordinator = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void aGuideStartsInterestedAndBecomesActiveStepByStep() {
		String marker = UUID.randomUUID().toString();
		String name = "Lotsin " + marker;
		HttpResponse<String> response = this.coordinator.send("POST", "/api/v1/guides", "application/json",
				guideBody(name, QUAKENBRUECK, "wo"));
		UUID id = created(response);
		Map<String, Object> guide = json(response);
		assertThat(guide).containsEntry("state", "INTERESTED").containsEntry("certificateValid", true);
		assertThat(guide.get("homeRegion").toString()).contains("Quakenbrück");
		assertThat(guide.get("languages").toString()).contains("wo").contains("NATIVE");

		// no jumping ahead
		HttpResponse<String> jump = this.coordinator.send("POST", "/api/v1/guides/" + id + "/state", "application/json",
				"{\"state\": \"ACTIVE\"}");
		assertThat(jump.statusCode()).isEqualTo(422);
		assertThat(jump.body()).contains("\"field\":\"state\"").contains("nicht möglich");
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE", "PAUSED",
				"ACTIVE")) {
			HttpResponse<String> moved = this.coordinator.send("POST", "/api/v1/guides/" + id + "/state",
					"application/json", "{\"state\": \"" + state + "\"}");
			assertThat(moved.statusCode()).as(state + ": " + moved.body()).isEqualTo(200);
			assertThat(json(moved)).containsEntry("state", state);
		}
		assertThat(ApiLists.all(this.coordinator, "/api/v1/guides?state=ACTIVE&q=" + marker))
			.extracting((item) -> item.get("id"))
			.containsExactly(id.toString());

		// without a valid certificate nobody becomes active: a certificate with a
		// relevant
		// entry stops the step
		String other = "Ohne Zeugnis " + UUID.randomUUID();
		UUID second = created(
				this.coordinator.send("POST", "/api/v1/guides", "application/json", guideBody(other, QUAKENBRUECK, "wo")
					.replace("\"certificateNoRelevantEntry\": true", "\"certificateNoRelevantEntry\": false")));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED")) {
			this.coordinator.send("POST", "/api/v1/guides/" + second + "/state", "application/json",
					"{\"state\": \"" + state + "\"}");
		}
		HttpResponse<String> refused = this.coordinator.send("POST", "/api/v1/guides/" + second + "/state",
				"application/json", "{\"state\": \"CERTIFICATE_INSPECTED\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Führungszeugnis");
		assertThat(json(this.coordinator.get("/api/v1/guides/" + second))).containsEntry("state", "TRAINED");
		assertThat(this.fixtures.access().auditDetails("guides.guide.state", id)).hasSize(6);

		// ended is final
		this.coordinator.send("POST", "/api/v1/guides/" + second + "/state", "application/json",
				"{\"state\": \"ENDED\"}");
		assertThat(this.coordinator
			.send("POST", "/api/v1/guides/" + second + "/state", "application/json", "{\"state\": \"INTERESTED\"}")
			.statusCode()).isEqualTo(422);
	}

	@Test
	void invalidBodiesNameEveryFieldAndStoreNothing() {
		String marker = UUID.randomUUID().toString();
		String name = "Fehlerhaft " + marker;
		HttpResponse<String> response = this.coordinator.send("POST", "/api/v1/guides", "application/json",
				"""
						{"name": "%s", "email": "kein-at", "homeRegion": "99999999", "gemeinden": ["03404000"],
						 "mobility": "CAR", "assignmentsPerWeek": 40, "topics": ["FLYING"],
						 "languages": [{"code": "xx", "level": "NATIVE"}, {"code": "ar", "level": "C1"}, {"code": "ar", "level": "B1"}],
						 "availability": [{"day": "MONDAY", "starts": "12:00", "ends": "09:00"}],
						 "certificateInspectedOn": "%s"}"""
					.formatted(name, BerlinTime.today().plusDays(3)));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"email\"")
			.contains("\"field\":\"homeRegion\"")
			.contains("\"field\":\"gemeinden\"")
			.contains("\"field\":\"assignmentsPerWeek\"")
			.contains("\"field\":\"topics\"")
			.contains("\"field\":\"languages[0].code\"")
			.contains("\"field\":\"languages[2].code\"")
			.contains("\"field\":\"availability[0].ends\"")
			.contains("\"field\":\"certificateInspectedOn\"");
		assertThat(ApiLists.all(this.coordinator, "/api/v1/guides?q=" + marker)).isEmpty();
		// a value of the wrong kind is named too
		HttpResponse<String> rocket = this.coordinator.send("POST", "/api/v1/guides", "application/json",
				"{\"name\": \"" + name + "\", \"homeRegion\": \"" + QUAKENBRUECK + "\", \"mobility\": \"ROCKET\"}");
		assertThat(rocket.statusCode()).isEqualTo(422);
		assertThat(rocket.body()).contains("\"field\":\"mobility\"");
		assertThat(ApiLists.all(this.coordinator, "/api/v1/guides?q=" + marker)).isEmpty();

		HttpResponse<String> request = this.coordinator.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "AUTHORITY", "languages": ["xx"], "gemeinde": "03404000", "date": "2020-01-01",
				 "starts": "11:00", "ends": "10:00", "recurrence": "WEEKLY", "contactReference": "%s"}"""
			.formatted(marker));
		assertThat(request.statusCode()).isEqualTo(422);
		assertThat(request.body()).contains("\"field\":\"languages\"")
			.contains("\"field\":\"gemeinde\"")
			.contains("\"field\":\"date\"")
			.contains("\"field\":\"ends\"")
			.contains("\"field\":\"repeatUntil\"");
		assertThat(this.coordinator.send("POST", "/api/v1/guide-requests", "application/json", "{\"topic\": 7")
			.statusCode()).isEqualTo(400);
		assertThat(this.coordinator.send("POST", "/api/v1/guide-requests", "application/json", "{}").statusCode())
			.isEqualTo(422);
	}

	@Test
	void candidatesAreRankedWithReasonsAndTheCommissionedGuideIsBusyThen() {
		String language = "ln";
		UUID near = activeGuide(this.coordinator, "Nah " + UUID.randomUUID(), QUAKENBRUECK, language);
		UUID far = activeGuide(this.coordinator, "Fern " + UUID.randomUUID(), BERSENBRUECK, language);
		LocalDate day = thursday(3);
		UUID request = request(this.coordinator, day, language, "T-" + UUID.randomUUID());
		assertThat(json(this.coordinator.get("/api/v1/guide-requests/" + request))).containsEntry("status", "OPEN")
			.containsEntry("assignment", null);

		List<Map<String, Object>> candidates = jsonList(
				this.coordinator.get("/api/v1/guide-requests/" + request + "/candidates"));
		assertThat(candidates).extracting((candidate) -> candidate.get("guideId"))
			.containsExactly(near.toString(), far.toString());
		assertThat(candidates.get(0).keySet()).contains("guideId", "cost", "reasons");
		assertThat((Integer) candidates.get(0).get("cost")).isLessThan((Integer) candidates.get(1).get("cost"));
		assertThat(candidates.get(0).get("reasons").toString()).contains("wohnt in der Gemeinde (Stadt Quakenbrück)")
			.contains("spricht Lingala (Erstsprache)")
			.contains("noch keine Begleitung zum Thema Begleitung zu Behörden und Verbänden");
		assertThat(candidates.get(1).get("reasons").toString()).contains("km von Stadt Bersenbrück entfernt");
		assertThat(this.coordinator
			.get("/api/v1/guide-requests/" + request + "/candidates", Map.of("Accept-Language", "en"))
			.body()).contains("lives in the Gemeinde");

		// commission the second; a second assignment is refused
		HttpResponse<String> assigned = this.coordinator.send("POST",
				"/api/v1/guide-requests/" + request + "/assignments", "application/json",
				"{\"guideId\": \"" + far + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		Map<String, Object> item = json(assigned);
		assertThat(item).containsEntry("status", "ASSIGNED");
		assertThat(item.get("assignment").toString()).contains("COMMISSIONED").contains(far.toString());
		HttpResponse<String> again = this.coordinator.send("POST", "/api/v1/guide-requests/" + request + "/assignments",
				"application/json", "{\"guideId\": \"" + near + "\"}");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("\"field\":\"guideId\"").contains("nicht mehr offen");

		// an overlapping request: the commissioned guide is busy then
		UUID overlapping = request(this.coordinator, day, language, "T-" + UUID.randomUUID());
		assertThat(jsonList(this.coordinator.get("/api/v1/guide-requests/" + overlapping + "/candidates")))
			.extracting((candidate) -> candidate.get("guideId"))
			.containsExactly(near.toString());
		HttpResponse<String> notCandidate = this.coordinator.send("POST",
				"/api/v1/guide-requests/" + overlapping + "/assignments", "application/json",
				"{\"guideId\": \"" + far + "\"}");
		assertThat(notCandidate.statusCode()).isEqualTo(422);
		assertThat(notCandidate.body()).contains("erfüllt nicht alle Regeln");

		// the guide sees the assignment, without the contact reference
		Http farGuide = this.fixtures.guideApi(LANDKREIS, far);
		List<Map<String, Object>> mine = ApiLists.all(farGuide, "/api/v1/me/assignments");
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0)).containsEntry("status", "COMMISSIONED")
			.containsEntry("date", day.toString())
			.containsEntry("brief", "Termin beim Amt")
			.doesNotContainKey("contactReference");
		assertThat(farGuide.get("/api/v1/me/assignments").body()).doesNotContain("T-");
		// the other guide sees none of it
		assertThat(ApiLists.all(this.fixtures.guideApi(LANDKREIS, near), "/api/v1/me/assignments")).isEmpty();

		// opening it again withdraws the commission: the guide is free again
		HttpResponse<String> reopened = this.coordinator.send("POST", "/api/v1/guide-requests/" + request + "/status",
				"application/json", "{\"status\": \"OPEN\"}");
		assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
		assertThat(reopened.body()).contains("\"status\":\"OPEN\"").contains("CANCELLED");
		assertThat(jsonList(this.coordinator.get("/api/v1/guide-requests/" + overlapping + "/candidates")))
			.extracting((candidate) -> candidate.get("guideId"))
			.containsExactly(near.toString(), far.toString());
		assertThat(this.coordinator
			.send("POST", "/api/v1/guide-requests/" + request + "/status", "application/json", "{\"status\": \"DONE\"}")
			.statusCode()).isEqualTo(422);
		assertThat(ApiLists.all(this.coordinator, "/api/v1/guide-requests?status=OPEN"))
			.extracting((each) -> each.get("id"))
			.contains(request.toString(), overlapping.toString());
	}

	@Test
	void aGuideReadsOnlyItsOwnAssignmentsAndNothingOfTheCoordinator() {
		Http lotse = Http.withToken(this.port, "demo-token-lotse");
		List<Map<String, Object>> own = ApiLists.all(lotse, "/api/v1/me/assignments");
		assertThat(own).isNotEmpty();
		assertThat(lotse.get("/api/v1/me/assignments").body()).doesNotContain("contactReference");
		UUID anyGuide = UUID.fromString((String) ApiLists.all(this.coordinator, "/api/v1/guides").get(0).get("id"));
		UUID anyRequest = UUID
			.fromString((String) ApiLists.all(this.coordinator, "/api/v1/guide-requests").get(0).get("id"));
		for (String path : List.of("/api/v1/guide-requests", "/api/v1/guides", "/api/v1/guides/" + anyGuide,
				"/api/v1/guide-requests/" + anyRequest, "/api/v1/guide-requests/" + anyRequest + "/candidates")) {
			assertThat(lotse.get(path).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(lotse
			.send("POST", "/api/v1/guide-requests/" + anyRequest + "/assignments", "application/json",
					"{\"guideId\": \"" + anyGuide + "\"}")
			.statusCode()).isEqualTo(403);
		// a coordinator has no assignments of its own
		assertThat(this.coordinator.get("/api/v1/me/assignments").statusCode()).isEqualTo(403);
		// a GUIDE bound to no profile sees an empty list
		assertThat(ApiLists.all(this.fixtures.api(LANDKREIS, Role.GUIDE), "/api/v1/me/assignments")).isEmpty();
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		for (String path : List.of("/api/v1/guides", "/api/v1/guides/{id}", "/api/v1/guides/{id}/state",
				"/api/v1/guide-requests", "/api/v1/guide-requests/{id}", "/api/v1/guide-requests/{id}/status",
				"/api/v1/guide-requests/{id}/candidates", "/api/v1/guide-requests/{id}/assignments",
				"/api/v1/me/assignments", "/api/v1/guide-matching/runs")) {
			assertThat(document).as(path).contains("\"" + path + "\"");
		}
	}

	@Test
	void anotherTenantNeitherSeesNorTouchesTheGuidesAndRequests() {
		UUID guide = activeGuide(this.coordinator, "Mandant " + UUID.randomUUID(), QUAKENBRUECK, "rw");
		UUID request = request(this.coordinator, thursday(4), "rw", "X-1");
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.get("/api/v1/guides/" + guide).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/api/v1/guide-requests/" + request).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/api/v1/guide-requests/" + request + "/candidates").statusCode()).isEqualTo(404);
		assertThat(stadt.send("PUT", "/api/v1/guides/" + guide, "application/json", guideBody("x", "03404000", "rw"))
			.statusCode()).isEqualTo(404);
		assertThat(stadt
			.send("POST", "/api/v1/guide-requests/" + request + "/assignments", "application/json",
					"{\"guideId\": \"" + guide + "\"}")
			.statusCode()).isEqualTo(404);
		assertThat(
				stadt.send("POST", "/api/v1/guides/" + guide + "/state", "application/json", "{\"state\": \"PAUSED\"}")
					.statusCode())
			.isEqualTo(404);
		assertThat(ApiLists.all(stadt, "/api/v1/guides")).extracting((item) -> item.get("id"))
			.doesNotContain(guide.toString());
		assertThat(ApiLists.all(stadt, "/api/v1/guide-requests")).extracting((item) -> item.get("id"))
			.doesNotContain(request.toString());
		// and its own guide is no candidate for the Landkreis' request
		Http stadtApi = stadt;
		String body = guideBody("Stadtlotsin " + UUID.randomUUID(), "03404000", "rw")
			.replace("\"gemeinden\": [\"" + QUAKENBRUECK + "\", \"03404000\"]", "\"gemeinden\": [\"03404000\"]");
		assertThat(stadtApi.send("POST", "/api/v1/guides", "application/json", body).statusCode()).isEqualTo(201);
		assertThat(jsonList(this.coordinator.get("/api/v1/guide-requests/" + request + "/candidates")))
			.extracting((candidate) -> candidate.get("guideId"))
			.containsExactly(guide.toString());
		assertThat(json(this.coordinator.get("/api/v1/guides/" + guide))).containsEntry("state", "ACTIVE");
	}

}
