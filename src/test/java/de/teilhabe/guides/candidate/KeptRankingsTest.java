package de.teilhabe.guides.candidate;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static de.teilhabe.guides.GuidesFixtures.BERSENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.jsonList;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's kept ranking ({@link KeptRankings}) is never stale: with the ranking kept
 * (asked twice, the same list), each input is changed, through the API or directly in the
 * database as an import, a training or a retention job would (a guide's language, state,
 * availability and a qualification's expiry, an assignment that overlaps, one that adds
 * to a guide's load this month, the request itself), and the next answer shows the
 * change. Languages Turkmen and Tajik: no other test gives a guide or a request either.
 */
@IntegrationTest
class KeptRankingsTest {

	private static final String LANGUAGE = "tk";

	private static final String OTHER_LANGUAGE = "tg";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Candidates candidates;

	@Autowired
	RequestStore requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyInputChangedShowsInTheNextAnswer() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		UUID tenant = fixtures.access().tenantId(LANDKREIS);
		Http coordinator = fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		UUID near = guide(coordinator, "Nah " + UUID.randomUUID(), QUAKENBRUECK);
		UUID far = guide(coordinator, "Fern " + UUID.randomUUID(), BERSENBRUECK);
		List<String> both = List.of(near.toString(), far.toString());
		LocalDate day = thursday(3);
		UUID request = created(coordinator.send("POST", "/api/v1/guide-requests", "application/json",
				requestBody(LANGUAGE, day, "09:00", "11:00")));
		List<UUID> made = new ArrayList<>(List.of(request));
		try {
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());
			GuideRequest read = this.requests.find(tenant, request).orElseThrow();
			assertThat(this.candidates.of(tenant, read)).as("kept while nothing changed")
				.isSameAs(this.candidates.of(tenant, read));
			assertThat(this.candidates.of(tenant, request))
				.as("by id, the request read with the counter in one statement: the same kept ranking")
				.containsSame(this.candidates.of(tenant, read));
			assertThat(this.candidates.of(tenant, UUID.randomUUID())).as("no such request").isEmpty();
			assertThat(this.candidates.of(UUID.randomUUID(), request)).as("another tenant's request").isEmpty();
			// the kept ranking's reasons in the reader's language
			assertThat(reasons(coordinator, request, near)).contains("wohnt in der Gemeinde (Stadt Quakenbrück)");
			assertThat(reasons(coordinator.language("en"), request, near))
				.contains("lives in the Gemeinde (Stadt Quakenbrück)");
			coordinator.language("de");

			// a language (as an import would write it)
			sql("UPDATE guide_language SET code = ? WHERE tenant_id = ? AND guide_id = ? AND code = ?", OTHER_LANGUAGE,
					tenant, near, LANGUAGE);
			assertThat(ids(coordinator, request, both)).containsExactly(far.toString());
			sql("UPDATE guide_language SET code = ? WHERE tenant_id = ? AND guide_id = ? AND code = ?", LANGUAGE,
					tenant, near, OTHER_LANGUAGE);
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());

			// the state
			state(coordinator, near, "PAUSED");
			assertThat(ids(coordinator, request, both)).containsExactly(far.toString());
			state(coordinator, near, "ACTIVE");
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());

			// the availability (Fridays instead of Thursdays)
			sql("UPDATE guide_availability SET day = 5 WHERE tenant_id = ? AND guide_id = ?", tenant, near);
			assertThat(ids(coordinator, request, both)).containsExactly(far.toString());
			sql("UPDATE guide_availability SET day = 4 WHERE tenant_id = ? AND guide_id = ?", tenant, near);
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());

			// a qualification the request needs lapses before its day (as a training's or
			// a retention's job would write it)
			sql("UPDATE guide_request SET required_qualifications = ARRAY['HEALTH'] WHERE tenant_id = ? AND id = ?",
					tenant, request);
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());
			sql("UPDATE guide_qualification SET expires_on = ? WHERE tenant_id = ? AND guide_id = ?", day.minusDays(1),
					tenant, near);
			assertThat(ids(coordinator, request, both)).containsExactly(far.toString());
			sql("UPDATE guide_qualification SET expires_on = ? WHERE tenant_id = ? AND guide_id = ?", day.plusYears(1),
					tenant, near);
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());

			// an assignment to another request at the same time
			UUID overlapping = created(coordinator.send("POST", "/api/v1/guide-requests", "application/json",
					requestBody(LANGUAGE, day, "10:00", "12:00")));
			made.add(overlapping);
			commission(coordinator, overlapping, near);
			assertThat(ids(coordinator, request, both)).containsExactly(far.toString());
			status(coordinator, overlapping, "CANCELLED");
			assertThat(ids(coordinator, request, both)).containsExactly(near.toString(), far.toString());

			// an assignment on another day, of the topic, for the same person: the far
			// guide's experience (10 → 4), continuity (8 → 0) and load this month (0 → 4)
			int before = cost(coordinator, request, far);
			UUID later = created(coordinator.send("POST", "/api/v1/guide-requests", "application/json",
					requestBody(LANGUAGE, thursday(5), "09:00", "11:00")));
			made.add(later);
			commission(coordinator, later, far);
			assertThat(cost(coordinator, request, far)).isEqualTo(before - 6 - 8 + 4);
			assertThat(reasons(coordinator, request, far)).contains("in diesem Monat 1-mal beauftragt",
					"hat diese Person schon begleitet");

			// the request itself: another language
			HttpResponse<String> changed = coordinator.send("PUT", "/api/v1/guide-requests/" + request,
					"application/json", requestBody(OTHER_LANGUAGE, day, "09:00", "11:00"));
			assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
			assertThat(ids(coordinator, request, both)).isEmpty();
		}
		finally {
			for (UUID each : made) {
				status(coordinator, each, "CANCELLED");
			}
			state(coordinator, near, "ENDED");
			state(coordinator, far, "ENDED");
		}
	}

	/**
	 * The counter changes once per transaction and tenant however many statements it has
	 * (readers see its changes only at its commit), and with every transaction. A tenant
	 * of its own: no other test writes it.
	 */
	@Test
	void aTransactionRaisesTheCounterOnceAndEveryTransactionRaisesIt() {
		UUID tenant = UUID.randomUUID();
		UUID guide = UUID.randomUUID();
		try {
			this.transactions.executeWithoutResult((status) -> {
				sql("""
						INSERT INTO guide_profile (tenant_id, id, name, home_region_key, mobility, assignments_per_week,
						  state, created_at, updated_at)
						VALUES (?, ?, 'Zähler', ?, 'CAR', 3, 'ACTIVE', now(), now())""", tenant, guide, QUAKENBRUECK);
				sql("INSERT INTO guide_language (tenant_id, guide_id, position, code, level) VALUES (?, ?, 0, ?, 'C1')",
						tenant, guide, LANGUAGE);
				sql("UPDATE guide_profile SET name = 'Zähler 2' WHERE tenant_id = ? AND id = ?", tenant, guide);
			});
			assertThat(version(tenant)).isEqualTo(1);
			sql("UPDATE guide_language SET level = 'B2' WHERE tenant_id = ? AND guide_id = ?", tenant, guide);
			assertThat(version(tenant)).isEqualTo(2);
			this.transactions.executeWithoutResult((status) -> {
				sql("UPDATE guide_profile SET state = 'PAUSED' WHERE tenant_id = ? AND id = ?", tenant, guide);
				status.setRollbackOnly();
			});
			assertThat(version(tenant)).as("a rolled back transaction changes nothing").isEqualTo(2);
		}
		finally {
			this.jdbc.sql("DELETE FROM guide_profile WHERE tenant_id = ?").param(tenant).update();
			this.jdbc.sql("DELETE FROM guide_candidates_version WHERE tenant_id = ?").param(tenant).update();
		}
	}

	private long version(UUID tenant) {
		return this.jdbc.sql("SELECT version FROM guide_candidates_version WHERE tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single();
	}

	private void sql(String statement, Object... params) {
		assertThat(this.jdbc.sql(statement).params(params).update()).isPositive();
	}

	/** An active guide speaking the language, available on Thursdays, with HEALTH. */
	private static UUID guide(Http coordinator, String name, String home) {
		UUID id = created(coordinator.send("POST", "/api/v1/guides", "application/json", """
				{"name": "%s", "homeRegion": "%s", "gemeinden": ["%s", "%s"], "mobility": "CAR",
				 "topics": ["AUTHORITY"], "languages": [{"code": "%s", "level": "NATIVE"}],
				 "availability": [{"day": "THURSDAY", "starts": "08:00", "ends": "18:00"}],
				 "qualifications": [{"qualification": "HEALTH", "expiresOn": "%s"}],
				 "certificateInspectedOn": "%s", "certificateNoRelevantEntry": true}""".formatted(name, home,
				QUAKENBRUECK, home, LANGUAGE, BerlinTime.today().plusYears(2), BerlinTime.today().minusYears(1))));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			state(coordinator, id, state);
		}
		return id;
	}

	private static String requestBody(String language, LocalDate day, String starts, String ends) {
		return """
				{"topic": "AUTHORITY", "languages": ["%s"], "gemeinde": "%s", "place": "Rathaus", "date": "%s",
				 "starts": "%s", "ends": "%s", "contactReference": "KR-1", "brief": "Termin beim Amt"}"""
			.formatted(language, QUAKENBRUECK, day, starts, ends);
	}

	/** The ids of the candidates among some guides, best first. */
	private static List<String> ids(Http coordinator, UUID request, List<String> among) {
		return candidates(coordinator, request).stream()
			.map((candidate) -> (String) candidate.get("guideId"))
			.filter(among::contains)
			.toList();
	}

	private static int cost(Http coordinator, UUID request, UUID guide) {
		return ((Number) candidate(coordinator, request, guide).get("cost")).intValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasons(Http coordinator, UUID request, UUID guide) {
		return (List<String>) candidate(coordinator, request, guide).get("reasons");
	}

	private static Map<String, Object> candidate(Http coordinator, UUID request, UUID guide) {
		return candidates(coordinator, request).stream()
			.filter((candidate) -> guide.toString().equals(candidate.get("guideId")))
			.findFirst()
			.orElseThrow();
	}

	private static List<Map<String, Object>> candidates(Http coordinator, UUID request) {
		return jsonList(coordinator.get("/api/v1/guide-requests/" + request + "/candidates"));
	}

	private static void state(Http coordinator, UUID guide, String state) {
		HttpResponse<String> moved = coordinator.send("POST", "/api/v1/guides/" + guide + "/state", "application/json",
				"{\"state\": \"" + state + "\"}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
	}

	private static void commission(Http coordinator, UUID request, UUID guide) {
		HttpResponse<String> assigned = coordinator.send("POST", "/api/v1/guide-requests/" + request + "/assignments",
				"application/json", "{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
	}

	private static void status(Http coordinator, UUID request, String status) {
		coordinator.send("POST", "/api/v1/guide-requests/" + request + "/status", "application/json",
				"{\"status\": \"" + status + "\"}");
	}

}
