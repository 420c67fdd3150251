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
import org.assertj.core.api.InstanceOfAssertFactories;
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
		assertThat(noCandidate.body()).contains("Carla Drei spricht keine der Sprachen, die die Anfrage braucht.");
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

	/**
	 * Taking a proposal over checks every pair again: a guide commissioned by hand since
	 * the proposal for a request at the same time is refused for the proposal's pair,
	 * with the reason (page in German, API in English), and the other pairs are
	 * commissioned.
	 */
	@Test
	void takingAProposalOverRefusesAPairThatNoLongerFitsAndCommissionsTheOthers() {
		AccessFixtures access = AccessFixtures.of(this.context);
		UUID tenant = this.tenants.create(AccessFixtures.unique("uebernahme-kreis"), "Übernahme-Kreis", "03459", true)
			.id();
		TestUser coordinatorUser = access.createIn(tenant, "uebernahme", Role.GUIDE_COORDINATOR);
		String token = token(coordinatorUser);
		Http api = Http.withToken(this.port, token);
		Http office = Http.loggedIn(this.port, coordinatorUser.username(), AccessFixtures.PASSWORD);
		Map<UUID, String> names = Map.of(guide(api, "Dora Vier", 3), "Dora Vier", guide(api, "Emil Fünf", 3),
				"Emil Fünf");
		UUID first = request(api, thursday(7), "09:00", "11:00");
		UUID afternoon = request(api, thursday(7), "14:00", "15:00");
		UUID nextWeek = request(api, thursday(8), "09:00", "11:00");
		Map<String, Object> proposal = json(
				api.send("POST", "/api/v1/guide-matching/runs", "application/json", "{\"dryRun\": true}"));
		assertThat(proposal).containsEntry("served", 3);
		UUID guide = guideOf(proposal, first);

		// since the proposal: the same guide commissioned by hand at the same time
		UUID meanwhile = request(api, thursday(7), "10:00", "12:00");
		assertThat(api
			.send("POST", "/api/v1/guide-requests/" + meanwhile + "/assignments", "application/json",
					"{\"guideId\": \"" + guide + "\"}")
			.statusCode()).isEqualTo(201);

		String page = "/guides/matching/runs/" + proposal.get("id");
		assertThat(AccessFixtures.post(office, page, page + "/confirm").statusCode()).isEqualTo(302);
		String shown = office.get(page).body();
		assertThat(shown).contains("2 Beauftragungen, 1 Paar galt nicht mehr.")
			.contains("Nicht beauftragt, weil das Paar seit dem Vorschlag nicht mehr passt")
			.contains(names.get(guide) + " ist zur selben Zeit schon für eine andere Begleitung beauftragt");
		assertThat(json(api.get("/api/v1/guide-requests/" + first))).containsEntry("status", "OPEN");
		assertThat(assignedGuide(api, afternoon)).isEqualTo(guideOf(proposal, afternoon).toString());
		assertThat(assignedGuide(api, nextWeek)).isEqualTo(guideOf(proposal, nextWeek).toString());
		assertThat(assignedGuide(api, meanwhile)).isEqualTo(guide.toString());

		// through the API: the open request gets the other guide, who is then
		// commissioned
		// by hand at the same time; taken over, nothing is commissioned, the reason in
		// English
		Map<String, Object> second = json(
				api.send("POST", "/api/v1/guide-matching/runs", "application/json", "{\"dryRun\": true}"));
		UUID other = guideOf(second, first);
		assertThat(other).isNotEqualTo(guide);
		UUID clash = request(api, thursday(7), "08:00", "09:30");
		assertThat(api
			.send("POST", "/api/v1/guide-requests/" + clash + "/assignments", "application/json",
					"{\"guideId\": \"" + other + "\"}")
			.statusCode()).isEqualTo(201);
		String confirm = "/api/v1/guide-matching/runs/" + second.get("id") + "/confirm";
		HttpResponse<String> confirmed = Http.withToken(this.port, token)
			.language("en")
			.send("POST", confirm, "application/json", "");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(json(confirmed)).containsEntry("commissioned", List.of());
		assertThat(json(confirmed).get("refused")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("requestId", first.toString(), "guideId", other.toString(), "reason",
					names.get(other) + " is already commissioned for another accompaniment at the same time ("
							+ thursday(7).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
							+ " 08:00)."));
		assertThat(api.send("POST", confirm, "application/json", "").statusCode()).isEqualTo(409);
		assertThat(api
			.send("POST", "/api/v1/guide-matching/runs/" + UUID.randomUUID() + "/confirm", "application/json", "")
			.statusCode()).isEqualTo(404);
		assertThat(access.auditDetails("guides.matching.confirmed", UUID.fromString((String) second.get("id"))))
			.singleElement()
			.asString()
			.contains("commissioned 0, left out 1");
	}

	/** The guide a run gives a request. */
	private static UUID guideOf(Map<String, Object> run, UUID request) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> pairs = (List<Map<String, Object>>) run.get("assignments");
		return pairs.stream()
			.filter((pair) -> request.toString().equals(pair.get("requestId")))
			.map((pair) -> UUID.fromString((String) pair.get("guideId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no pair for " + request + " in " + run));
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
