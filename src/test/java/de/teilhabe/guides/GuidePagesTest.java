package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Leitstelle's pages through the real HTTP layer: the start page's work and
 * navigation, the guide form (bad input all or nothing with messages naming the fields,
 * then a profile walked to active), the request form and a request's page with its
 * candidates and the commissioning; the demo network.
 */
@IntegrationTest
class GuidePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	GuidesFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.office = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void theStartPageLeadsToTheOpenRequestsAndTheDemoNetworkIsThere() {
		String start = this.office.get("/").body();
		assertThat(start).contains("Begleitanfragen sind offen")
			.contains("/guides/requests?status=OPEN")
			.contains("Lotsinnen und Lotsen");
		// the list shows 50 a page in name order, and other tests add guides: the demo
		// guides are found by name
		assertThat(this.office.get("/guides/profiles").body()).contains("aktiv (");
		assertThat(this.office.get("/guides/profiles?q=leyla").body()).contains("Leyla Haddad");
		assertThat(this.office.get("/guides/profiles?q=Tesfay").body()).contains("Yonas Tesfay")
			.doesNotContain("Leyla Haddad");
		assertThat(this.office.get("/guides/profiles?state=PAUSED").body()).contains("Hassan Jaber")
			.doesNotContain("Leyla Haddad");
		assertThat(this.office.get("/guides/profiles?state=NONSENSE").statusCode()).isEqualTo(400);
		assertThat(this.office.get("/guides/requests?status=OPEN").body())
			.contains("Begleitung zu Behörden und Verbänden")
			.contains("Stadt Quakenbrück");
		// other staff roles have no access
		assertThat(this.fixtures.session(LANDKREIS, Role.COUNSELLOR).get("/guides/profiles").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aGuideIsEnteredAllOrNothingAndWalkedToActive() {
		String name = "Formular " + UUID.randomUUID();
		HttpResponse<String> bad = AccessFixtures.post(this.office, "/guides/profiles/new", "/guides/profiles", "name",
				" ", "homeRegion", QUAKENBRUECK, "mobility", "CAR", "languages[0].code", "xx", "languages[0].level",
				"NATIVE", "availability[0].day", "MONDAY", "availability[0].starts", "12:00", "availability[0].ends",
				"10:00", "email", "kein-at");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Name: Bitte ausfüllen.")
			.contains("Sprache 1: Bitte nur Sprachen der Liste wählen.")
			.contains("bis (Zeile 1): Das Ende muss nach dem Beginn liegen.")
			.contains("E-Mail: Bitte eine gültige E-Mail-Adresse angeben")
			.contains("href=\"#availability-0-ends\"")
			.contains("value=\"kein-at\"");

		HttpResponse<String> saved = AccessFixtures.post(this.office, "/guides/profiles/new", "/guides/profiles",
				"name", name, "homeRegion", QUAKENBRUECK, "gemeinden", QUAKENBRUECK, "mobility", "BICYCLE", "topics",
				"HOUSING", "languages[0].code", "wo", "languages[0].level", "NATIVE", "availability[0].day", "THURSDAY",
				"availability[0].starts", "08:00", "availability[0].ends", "18:00", "certificateInspectedOn",
				BerlinTime.today().minusMonths(3).toString(), "certificateNoRelevantEntry", "true",
				"assignmentsPerWeek", "2");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String path = AccessFixtures.location(saved).replaceFirst("^https?://[^/]+", "");
		String page = this.office.get(path).body();
		assertThat(page).contains(name)
			.contains("Das Profil ist gespeichert.")
			.contains("interessiert")
			.contains("Wolof (Erstsprache)")
			.contains("Donnerstag, 08:00–18:00")
			.contains("Erstgespräch geführt");
		for (String state : new String[] { "FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE" }) {
			HttpResponse<String> moved = AccessFixtures.post(this.office, path, path + "/state", "state", state);
			assertThat(moved.statusCode()).as(state + ": " + moved.body()).isEqualTo(302);
		}
		assertThat(this.office.get(path).body()).contains("Der Stand ist geändert.").contains("Pausieren");
		HttpResponse<String> jump = AccessFixtures.post(this.office, path, path + "/state", "state", "TRAINED");
		assertThat(jump.statusCode()).isEqualTo(400);
		assertThat(jump.body()).contains("Dieser Schritt ist von diesem Stand aus nicht möglich.");

		// a request in Wolof: the guide is the one candidate, with the reasons;
		// commissioned
		String day = thursday(5).toString();
		HttpResponse<String> request = AccessFixtures.post(this.office, "/guides/requests/new", "/guides/requests",
				"topic", "HOUSING", "languages", "wo", "gemeinde", QUAKENBRUECK, "date", day, "starts", "10:00", "ends",
				"11:00", "recurrence", "ONCE", "urgency", "HIGH", "contactReference", "W-1");
		assertThat(request.statusCode()).as(request.body()).isEqualTo(302);
		String requestPath = AccessFixtures.location(request).replaceFirst("^https?://[^/]+", "");
		String requestPage = this.office.get(requestPath).body();
		assertThat(requestPage).contains("Wer kann begleiten?")
			.contains(name)
			.contains("wohnt in der Gemeinde (Stadt Quakenbrück)")
			.contains("spricht Wolof (Erstsprache)")
			.contains(name + " beauftragen");
		String guideId = path.substring(path.lastIndexOf('/') + 1);
		HttpResponse<String> assigned = AccessFixtures.post(this.office, requestPath, requestPath + "/assignments",
				"guideId", guideId);
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(302);
		assertThat(this.office.get(requestPath).body()).contains("Die Lotsin oder der Lotse ist beauftragt.")
			.contains(name + ": beauftragt (Beauftragung am")
			.contains("vergeben")
			.doesNotContain("Wer kann begleiten?");
		assertThat(this.office.get("/guides/requests/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		// bad request input: all or nothing
		HttpResponse<String> badRequest = AccessFixtures.post(this.office, "/guides/requests/new", "/guides/requests",
				"topic", "HOUSING", "gemeinde", QUAKENBRUECK, "date", "2020-01-01", "starts", "10:00", "ends", "09:00");
		assertThat(badRequest.statusCode()).isEqualTo(400);
		assertThat(badRequest.body()).contains("Benötigte Sprachen (eine genügt): Bitte ausfüllen.")
			.contains("Der Termin liegt in der Vergangenheit.")
			.contains("Das Ende muss nach dem Beginn liegen.");
		assertThat(this.office.language("en").get("/guides/requests/new").body()).contains("Languages needed");
	}

	@Test
	void aGuideAnswersOnlyItsOwnCommissionsOnItsOwnPage() {
		Http api = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		java.util.UUID guide = GuidesFixtures.activeGuide(api, "Eigene " + UUID.randomUUID(), QUAKENBRUECK, "tw");
		java.time.LocalDate day = thursday(7);
		UUID first = GuidesFixtures.request(api, day, "tw", "E-1");
		UUID second = GuidesFixtures.request(api, day.plusWeeks(1), "tw", "E-2");
		for (UUID request : new UUID[] { first, second }) {
			assertThat(api
				.send("POST", "/api/v1/guide-requests/" + request + "/assignments", "application/json",
						"{\"guideId\": \"" + guide + "\"}")
				.statusCode()).isEqualTo(201);
		}
		String assignment = (String) ((Map<?, ?>) GuidesFixtures.json(api.get("/api/v1/guide-requests/" + first))
			.get("assignment")).get("id");
		String other = (String) ((Map<?, ?>) GuidesFixtures.json(api.get("/api/v1/guide-requests/" + second))
			.get("assignment")).get("id");

		Http own = this.fixtures.guideSession(LANDKREIS, guide);
		String page = own.get("/guides/me").body();
		assertThat(page).contains("Meine Begleitungen")
			.contains("Termin beim Amt")
			.contains("Annehmen")
			.contains("Stadt Quakenbrück, Rathaus")
			.doesNotContain("E-1");
		// another guide cannot answer it, nor can the office on this page
		Http stranger = this.fixtures.guideSession(LANDKREIS,
				GuidesFixtures.activeGuide(api, "Fremde " + UUID.randomUUID(), QUAKENBRUECK, "tw"));
		assertThat(AccessFixtures.post(stranger, "/guides/me", "/guides/me/assignments/" + assignment + "/accept")
			.statusCode()).isEqualTo(404);
		assertThat(stranger.get("/guides/me").body()).doesNotContain("Termin beim Amt");
		assertThat(this.office.get("/guides/me").statusCode()).isEqualTo(403);

		HttpResponse<String> accepted = AccessFixtures.post(own, "/guides/me",
				"/guides/me/assignments/" + assignment + "/accept");
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(own.get("/guides/me").body()).contains("Sie haben die Begleitung angenommen.")
			.contains("angenommen");
		assertThat(AccessFixtures.post(own, "/guides/me", "/guides/me/assignments/" + assignment + "/decline")
			.statusCode()).isEqualTo(409);
		HttpResponse<String> declined = AccessFixtures.post(own, "/guides/me",
				"/guides/me/assignments/" + other + "/decline");
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(GuidesFixtures.json(api.get("/api/v1/guide-requests/" + second))).containsEntry("status", "OPEN");
		assertThat(GuidesFixtures.json(api.get("/api/v1/guide-requests/" + first))).containsEntry("status", "ASSIGNED");
	}

}
