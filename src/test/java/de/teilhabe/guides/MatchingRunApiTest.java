package de.teilhabe.guides;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.run.MatchingRuns;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.jsonList;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch assignment through the API: a dry run over the demo Landkreis proposes only
 * candidates, serves more than the cheapest-first greedy and changes nothing; a run that
 * is not dry commissions the proposal (in a tenant of its own data); a run without
 * {@code dryRun} is refused, and a GUIDE may not run one.
 */
@IntegrationTest
class MatchingRunApiTest {

	private static final String STADT_KEY = "03404000";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aDryRunProposesCandidatesServesMoreThanTheGreedyAndChangesNothing() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		Http coordinator = Http.withToken(this.port, "demo-token-koordination");
		int open = ApiLists.all(coordinator, "/api/v1/guide-requests?status=OPEN").size();
		HttpResponse<String> response = coordinator.send("POST", "/api/v1/guide-matching/runs", "application/json",
				"{\"dryRun\": true}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Map<String, Object> run = json(response);
		assertThat(run).containsKeys("id", "served", "unserved", "optimal", "gap", "assignments")
			.containsEntry("optimal", true)
			.containsEntry("gap", 0.0);
		int served = (Integer) run.get("served");
		assertThat(served + (Integer) run.get("unserved")).isEqualTo(open);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> pairs = (List<Map<String, Object>>) run.get("assignments");
		assertThat(pairs).hasSize(served);
		for (Map<String, Object> pair : pairs) {
			assertThat(jsonList(coordinator.get("/api/v1/guide-requests/" + pair.get("requestId") + "/candidates")))
				.as("a candidate of its request")
				.anySatisfy((candidate) -> {
					assertThat(candidate.get("guideId")).isEqualTo(pair.get("guideId"));
					assertThat(candidate.get("cost")).isEqualTo(pair.get("cost"));
				});
		}
		assertThat(ApiLists.all(coordinator, "/api/v1/guide-requests?status=OPEN")).hasSize(open);
		assertThat(fixtures.access().auditDetails("guides.matching.run", UUID.fromString((String) run.get("id"))))
			.hasSize(1);

		// the demo's pairs of requests at the same time: the batch serves more than
		// taking
		// the cheapest pair first
		UUID tenant = fixtures.access().tenantId(LANDKREIS);
		MatchingRuns.Preview direct = this.context.getBean(MatchingRuns.class).preview(tenant);
		assertThat(direct.greedy().served()).isLessThan(direct.batch().served());
		assertThat(direct.batch().served()).isEqualTo(served);
	}

	@Test
	void aRunThatIsNotDryCommissionsTheProposal() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		Http stadt = fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		String language = "mg";
		UUID first = guide(stadt, "Erste " + UUID.randomUUID(), language);
		UUID second = guide(stadt, "Zweite " + UUID.randomUUID(), language);
		UUID one = request(stadt, language);
		UUID other = request(stadt, language);
		HttpResponse<String> response = stadt.send("POST", "/api/v1/guide-matching/runs", "application/json",
				"{\"dryRun\": false}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(json(response)).containsEntry("dryRun", false).containsEntry("unserved", 0);
		assertThat(json(stadt.get("/api/v1/guide-requests/" + one))).containsEntry("status", "ASSIGNED");
		assertThat(json(stadt.get("/api/v1/guide-requests/" + other))).containsEntry("status", "ASSIGNED");
		String assigned = stadt.get("/api/v1/guide-requests/" + one).body()
				+ stadt.get("/api/v1/guide-requests/" + other).body();
		assertThat(assigned).contains(first.toString()).contains(second.toString());
		// nothing open any more: the next run serves nothing
		Map<String, Object> next = json(
				stadt.send("POST", "/api/v1/guide-matching/runs", "application/json", "{\"dryRun\": true}"));
		assertThat(next).containsEntry("served", 0).containsEntry("unserved", 0);
	}

	@Test
	void aRunNeedsDryRunAndTheCoordinator() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		HttpResponse<String> refused = fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR)
			.send("POST", "/api/v1/guide-matching/runs", "application/json", "{}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"dryRun\"");
		assertThat(Http.withToken(this.port, "demo-token-lotse")
			.send("POST", "/api/v1/guide-matching/runs", "application/json", "{\"dryRun\": true}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aProposalIsComputedOnAPageAndTakenOver() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		// the demo Landkreis: the demo's proposal is there, with the greedy beside it
		Http landkreis = fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		String demoRun = fixtures.access()
			.jdbc()
			.sql("SELECT id::text FROM guide_matching_run WHERE tenant_id = ? ORDER BY created_at LIMIT 1")
			.param(fixtures.access().tenantId(LANDKREIS))
			.query(String.class)
			.single();
		assertThat(landkreis.get("/guides/matching/runs/" + demoRun).body()).contains("Günstigstes Paar zuerst")
			.contains("ja, vom Solver bewiesen")
			.contains("Yonas Tesfay")
			.contains("Vorschlag übernehmen und beauftragen");

		// a tenant of its own data: compute, look, take over
		Http api = fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		String language = "om";
		String name = "Seite " + UUID.randomUUID();
		guide(api, name, language);
		UUID request = request(api, language);
		Http office = fixtures.session(STADT, Role.GUIDE_COORDINATOR);
		assertThat(office.get("/guides/matching").body()).contains("Vorschlag berechnen").contains("offene Anfrage");
		HttpResponse<String> proposed = de.teilhabe.access.AccessFixtures.post(office, "/guides/matching",
				"/guides/matching");
		assertThat(proposed.statusCode()).isEqualTo(302);
		String path = de.teilhabe.access.AccessFixtures.location(proposed).replaceFirst("^https?://[^/]+", "");
		assertThat(office.get(path).body()).contains(name).contains("1 von 1 offenen Anfragen");
		assertThat(json(api.get("/api/v1/guide-requests/" + request))).containsEntry("status", "OPEN");
		HttpResponse<String> confirmed = de.teilhabe.access.AccessFixtures.post(office, path, path + "/confirm");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
		assertThat(office.get(path).body()).contains("1 Beauftragung, nichts ausgelassen.").contains("Übernommen am");
		assertThat(json(api.get("/api/v1/guide-requests/" + request))).containsEntry("status", "ASSIGNED");
		assertThat(de.teilhabe.access.AccessFixtures.post(office, path, path + "/confirm").statusCode()).isEqualTo(409);
		// the other tenant's proposal is not found
		assertThat(landkreis.get(path).statusCode()).isEqualTo(404);
	}

	private static UUID guide(Http coordinator, String name, String language) {
		UUID id = created(coordinator.send("POST", "/api/v1/guides", "application/json",
				GuidesFixtures.guideBody(name, STADT_KEY, language)
					.replace("\"gemeinden\": [\"" + QUAKENBRUECK + "\", \"" + STADT_KEY + "\"]",
							"\"gemeinden\": [\"" + STADT_KEY + "\"]")));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			assertThat(coordinator
				.send("POST", "/api/v1/guides/" + id + "/state", "application/json", "{\"state\": \"" + state + "\"}")
				.statusCode()).isEqualTo(200);
		}
		return id;
	}

	private static UUID request(Http coordinator, String language) {
		return created(coordinator.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "ORIENTATION", "languages": ["%s"], "gemeinde": "%s", "date": "%s",
				 "starts": "10:00", "ends": "12:00"}""".formatted(language, STADT_KEY, thursday(6))));
	}

}
