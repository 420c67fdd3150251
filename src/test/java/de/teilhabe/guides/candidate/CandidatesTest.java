package de.teilhabe.guides.candidate;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.BERSENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.activeGuide;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.jsonList;
import static de.teilhabe.guides.GuidesFixtures.request;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request.s candidates ({@link Candidates#of}, read for that request only) rank
 * exactly as the batch's reading of the whole pool ({@link Candidates#pool}) does: for
 * every open request of the demo Landkreis, and for a guide with experience, a person
 * accompanied before, assignments this month and a weekly live assignment whose third
 * appointment overlaps.
 */
@IntegrationTest
class CandidatesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Candidates candidates;

	@Autowired
	RequestStore requests;

	@Test
	void everyOpenRequestOfTheDemoRanksAsTheWholePoolDoes() {
		UUID tenant = new GuidesFixtures(this.context, this.port).access().tenantId(LANDKREIS);
		List<GuideRequest> open = this.requests.open(tenant);
		assertThat(open).hasSizeGreaterThanOrEqualTo(15);
		int candidates = 0;
		for (GuideRequest request : open) {
			List<Candidate> ranked = this.candidates.of(tenant, request);
			assertThat(ranked).as("candidates of %s", request).isEqualTo(fromPool(tenant, request));
			candidates += ranked.size();
		}
		assertThat(candidates).isPositive();
	}

	@Test
	void experienceContinuityLoadAndARecurringLiveAssignmentCountAsInTheWholePool() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		UUID tenant = fixtures.access().tenantId(LANDKREIS);
		Http coordinator = fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		String language = "wo";
		String contact = "C-" + UUID.randomUUID();
		UUID experienced = activeGuide(coordinator, "Erfahren " + UUID.randomUUID(), QUAKENBRUECK, language);
		UUID newcomer = activeGuide(coordinator, "Neu " + UUID.randomUUID(), BERSENBRUECK, language);
		List<UUID> made = new ArrayList<>();
		try {
			// three done accompaniments of the topic, one of them for the same person
			// (with
			// the live one below: four of the topic, four this month)
			for (String reference : List.of(contact, "C-" + UUID.randomUUID(), "C-" + UUID.randomUUID())) {
				UUID past = request(coordinator, thursday(2), language, reference);
				made.add(past);
				commission(coordinator, past, experienced);
				assertThat(status(coordinator, past, "DONE").statusCode()).isEqualTo(200);
			}
			// a weekly live assignment on the Thursdays 6 to 9 weeks ahead
			UUID weekly = created(coordinator.send("POST", "/api/v1/guide-requests", "application/json", """
					{"topic": "AUTHORITY", "languages": ["%s"], "gemeinde": "%s", "date": "%s", "starts": "10:00",
					 "ends": "12:00", "recurrence": "WEEKLY", "repeatUntil": "%s"}""".formatted(language, QUAKENBRUECK,
					thursday(6), thursday(9))));
			made.add(weekly);
			commission(coordinator, weekly, experienced);
			UUID overlapping = request(coordinator, thursday(8), language, contact);
			UUID free = request(coordinator, thursday(10), language, contact);
			made.add(overlapping);
			made.add(free);

			// its third appointment overlaps: only the newcomer
			List<String> mine = List.of(experienced.toString(), newcomer.toString());
			assertThat(candidatesOf(coordinator, overlapping, mine)).extracting((candidate) -> candidate.get("guideId"))
				.containsExactly(newcomer.toString());
			List<Map<String, Object>> ranked = candidatesOf(coordinator, free, mine);
			assertThat(ranked).extracting((candidate) -> candidate.get("guideId"))
				.containsExactly(experienced.toString(), newcomer.toString());
			assertThat(ranked.get(0).get("reasons").toString())
				.contains("hat schon 4 Begleitungen zum Thema Begleitung zu Behörden und Verbänden")
				.contains("hat diese Person schon begleitet")
				.contains("in diesem Monat 4-mal beauftragt");
			assertThat(ranked.get(1).get("reasons").toString()).contains("noch keine Begleitung zum Thema")
				.contains("hat diese Person noch nicht begleitet")
				.contains("in diesem Monat noch nicht beauftragt");
			for (UUID each : List.of(overlapping, free)) {
				GuideRequest request = this.requests.find(tenant, each).orElseThrow();
				assertThat(this.candidates.of(tenant, request)).isEqualTo(fromPool(tenant, request));
			}
		}
		finally {
			// nothing of it stays open for the batch runs of other tests
			for (UUID request : made) {
				status(coordinator, request, "CANCELLED");
			}
		}
	}

	private List<Candidate> fromPool(UUID tenant, GuideRequest request) {
		Candidates.Pool pool = this.candidates.pool(tenant);
		return this.candidates.rules().rank(request, pool.facts(request), pool.today());
	}

	/**
	 * The candidates among some guides (the database may hold others of earlier runs).
	 */
	private static List<Map<String, Object>> candidatesOf(Http coordinator, UUID request, List<String> among) {
		return jsonList(coordinator.get("/api/v1/guide-requests/" + request + "/candidates")).stream()
			.filter((candidate) -> among.contains(candidate.get("guideId")))
			.toList();
	}

	private static void commission(Http coordinator, UUID request, UUID guide) {
		HttpResponse<String> assigned = coordinator.send("POST", "/api/v1/guide-requests/" + request + "/assignments",
				"application/json", "{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
	}

	private static HttpResponse<String> status(Http coordinator, UUID request, String status) {
		return coordinator.send("POST", "/api/v1/guide-requests/" + request + "/status", "application/json",
				"{\"status\": \"" + status + "\"}");
	}

}
