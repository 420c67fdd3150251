package de.teilhabe.guides.run;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing single pairs of a proposal before taking it over, in a tenant of its own (so
 * that the batch sees only this test's requests): every pair dropped, then pairs set by
 * hand; a pair that overlaps another request of the guide in the proposal, one beyond the
 * guide's requests a week and one with a guide who is no candidate are refused with a
 * message naming {@code guideId} (API) or shown at the row (page, 400); taking the edited
 * proposal over commissions the edited pairs; afterwards a change answers 409. Another
 * tenant's coordinator finds nothing.
 */
@IntegrationTest
class ProposalChangesTest {

	private static final String LANGUAGE = "ig";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	ApiTokens tokens;

	@Test
	void pairsAreChangedAsTheBatchWouldAcceptThemAndTheEditedProposalIsTakenOver() {
		AccessFixtures access = AccessFixtures.of(this.context);
		UUID tenant = this.tenants.create(AccessFixtures.unique("paare-kreis"), "Paare-Kreis", "03459", true).id();
		TestUser coordinatorUser = access.createIn(tenant, "paare", Role.GUIDE_COORDINATOR);
		Http api = Http.withToken(this.port, token(coordinatorUser));
		Http office = Http.loggedIn(this.port, coordinatorUser.username(), AccessFixtures.PASSWORD);

		UUID anna = guide(api, "Anna Eins", 1);
		UUID bert = guide(api, "Bert Zwei", 3);
		UUID carla = GuidesFixtures.activeGuide(api, "Carla Drei", QUAKENBRUECK, "tw");
		UUID early = request(api, thursday(6), "09:00", "11:00");
		UUID overlapping = request(api, thursday(6), "10:00", "12:00");
		UUID sameWeek = request(api, thursday(6), "14:00", "15:00");

		HttpResponse<String> ran = api.send("POST", "/api/v1/guide-matching/runs", "application/json",
				"{\"dryRun\": true}");
		assertThat(ran.statusCode()).as(ran.body()).isEqualTo(201);
		String run = (String) json(ran).get("id");
		String pairs = "/api/v1/guide-matching/runs/" + run + "/assignments/";

		// every pair dropped: nothing served
		for (UUID request : List.of(early, overlapping, sameWeek)) {
			HttpResponse<String> dropped = api.send("PUT", pairs + request, "application/json", "{\"guideId\": null}");
			assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(200);
		}
		assertThat(json(api.send("PUT", pairs + early, "application/json", "{\"guideId\": null}")))
			.containsEntry("served", 0)
			.containsEntry("unserved", 3);

		// Anna (one a week) for the early request
		Map<String, Object> changed = json(
				api.send("PUT", pairs + early, "application/json", "{\"guideId\": \"" + anna + "\"}"));
		assertThat(changed).containsEntry("served", 1).containsEntry("unserved", 2);
		assertThat(changed.get("assignments").toString()).contains(anna.toString());

		// refused: overlapping her early request, beyond her one a week, no candidate
		HttpResponse<String> overlap = api.send("PUT", pairs + overlapping, "application/json",
				"{\"guideId\": \"" + anna + "\"}");
		assertThat(overlap.statusCode()).isEqualTo(422);
		assertThat(overlap.body()).contains("\"field\":\"guideId\"").contains("zur selben Zeit");
		HttpResponse<String> capacity = api.send("PUT", pairs + sameWeek, "application/json",
				"{\"guideId\": \"" + anna + "\"}");
		assertThat(capacity.statusCode()).isEqualTo(422);
		assertThat(capacity.body()).contains("\"field\":\"guideId\"").contains("höchstens 1 pro Woche");
		HttpResponse<String> noCandidate = api.send("PUT", pairs + early, "application/json",
				"{\"guideId\": \"" + carla + "\"}");
		assertThat(noCandidate.statusCode()).isEqualTo(422);
		assertThat(noCandidate.body()).contains("erfüllt nicht alle Regeln");
		HttpResponse<String> missing = api.send("PUT", pairs + early, "application/json", "{}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"guideId\"");
		assertThat(api.send("PUT", pairs + UUID.randomUUID(), "application/json", "{\"guideId\": null}").statusCode())
			.isEqualTo(404);

		// Bert takes the same-week request; on the page, Anna for it is refused at its
		// row
		assertThat(
				api.send("PUT", pairs + sameWeek, "application/json", "{\"guideId\": \"" + bert + "\"}").statusCode())
			.isEqualTo(200);
		String page = "/guides/matching/runs/" + run;
		String shown = office.get(page).body();
		assertThat(shown).contains("Anna Eins (").contains("Bert Zwei (").contains("Paare von Hand geändert");
		HttpResponse<String> refused = AccessFixtures.post(office, page, page + "/assignments/" + sameWeek, "guideId",
				anna.toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Anna Eins hätte in der Woche ab")
			.contains("id=\"guide-" + sameWeek + "-error\"");
		// the early request moves to Bert (no overlap with his 14:00), the overlapping
		// one
		// to Anna
		HttpResponse<String> moved = AccessFixtures.post(office, page, page + "/assignments/" + early, "guideId",
				bert.toString());
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(api.send("PUT", pairs + overlapping, "application/json", "{\"guideId\": \"" + anna + "\"}")
			.statusCode()).isEqualTo(200);

		// another tenant's coordinator finds neither the proposal nor its pairs
		Http stranger = Http.withToken(this.port, "demo-token-koordination");
		assertThat(stranger.send("PUT", pairs + early, "application/json", "{\"guideId\": null}").statusCode())
			.isEqualTo(404);

		// taken over: the edited pairs are commissioned
		HttpResponse<String> confirmed = AccessFixtures.post(office, page, page + "/confirm");
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(office.get(page).body()).contains("3 Beauftragungen, nichts ausgelassen.");
		assertThat(assignedGuide(api, early)).isEqualTo(bert.toString());
		assertThat(assignedGuide(api, overlapping)).isEqualTo(anna.toString());
		assertThat(assignedGuide(api, sameWeek)).isEqualTo(bert.toString());
		assertThat(api.send("PUT", pairs + early, "application/json", "{\"guideId\": null}").statusCode())
			.isEqualTo(409);
		assertThat(AccessFixtures.post(office, page, page + "/assignments/" + early, "guideId", "").statusCode())
			.isEqualTo(409);
		assertThat(access.auditDetails("guides.matching.pairChanged", UUID.fromString(run))).hasSizeGreaterThan(5);
	}

	private static String assignedGuide(Http api, UUID request) {
		Map<String, Object> item = json(api.get("/api/v1/guide-requests/" + request));
		assertThat(item).containsEntry("status", "ASSIGNED");
		@SuppressWarnings("unchecked")
		Map<String, Object> assignment = (Map<String, Object>) item.get("assignment");
		return (String) assignment.get("guideId");
	}

	private static UUID guide(Http api, String name, int perWeek) {
		UUID id = created(api.send("POST", "/api/v1/guides", "application/json",
				GuidesFixtures.guideBody(name, QUAKENBRUECK, LANGUAGE)
					.replace("\"mobility\"", "\"assignmentsPerWeek\": " + perWeek + ", \"mobility\"")));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			assertThat(api
				.send("POST", "/api/v1/guides/" + id + "/state", "application/json", "{\"state\": \"" + state + "\"}")
				.statusCode()).isEqualTo(200);
		}
		return id;
	}

	private static UUID request(Http api, java.time.LocalDate day, String starts, String ends) {
		return created(api.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "AUTHORITY", "languages": ["%s"], "gemeinde": "%s", "date": "%s",
				 "starts": "%s", "ends": "%s"}""".formatted(LANGUAGE, QUAKENBRUECK, day, starts, ends)));
	}

	private String token(TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.tokens.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return token;
	}

}
