package de.teilhabe.guides.invitation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation of an active guide to a GUIDE login bound to the profile: the user, the
 * mail in the outbox, the link that sets the password and the guide's own page; no second
 * invitation unless resent; refusals (no e-mail address, not active, a login already),
 * the profile page's buttons and states, roles and tenants.
 */
@IntegrationTest
class GuideInvitationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	GuidesFixtures fixtures;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.api = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	/** A guide with an e-mail address (or none), walked to the state. */
	UUID guide(String name, String email, String state) {
		String body = GuidesFixtures.guideBody(name, QUAKENBRUECK, "ar");
		if (email != null) {
			body = "{\"email\": \"" + email + "\", " + body.strip().substring(1);
		}
		UUID id = created(this.api.send("POST", "/api/v1/guides", "application/json", body));
		for (String step : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			if (state.equals("INTERESTED")) {
				break;
			}
			assertThat(this.api
				.send("POST", "/api/v1/guides/" + id + "/state", "application/json", "{\"state\": \"" + step + "\"}")
				.statusCode()).isEqualTo(200);
			if (step.equals(state)) {
				break;
			}
		}
		return id;
	}

	HttpResponse<String> invite(Http http, UUID id, String body) {
		return http.send("POST", "/api/v1/guides/" + id + "/invitation", "application/json", body);
	}

	@Test
	void anActiveGuideIsInvitedSetsItsPasswordAndSeesItsOwnPage() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String email = "lotsin." + run + "@example.org";
		UUID id = guide("Einladung " + run, email, "ACTIVE");

		HttpResponse<String> invited = invite(this.api, id, null);
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
		Map<String, Object> login = json(invited);
		assertThat(login.get("state")).isEqualTo("INVITED");
		String username = (String) login.get("username");
		assertThat(username).isEqualTo("lotsin." + run);
		UUID userId = UUID.fromString((String) login.get("userId"));
		assertThat(this.fixtures.access().roles(userId)).isEqualTo("GUIDE");
		assertThat(this.jdbc.sql("SELECT guide_profile_id FROM app_user WHERE id = ?")
			.param(userId)
			.query(UUID.class)
			.single()).isEqualTo(id);
		assertThat(this.fixtures.access().mailsTo(email)).isEqualTo(1);
		assertThat(this.fixtures.access().auditDetails("guides.guide.invited", id)).hasSize(1);

		// no second invitation while one is pending, unless resent explicitly
		assertThat(invite(this.api, id, null).statusCode()).isEqualTo(409);
		assertThat(this.fixtures.access().mailsTo(email)).isEqualTo(1);
		assertThat(invite(this.api, id, "{\"resend\": \"ja\"}").statusCode()).isEqualTo(422);
		HttpResponse<String> resent = invite(this.api, id, "{\"resend\": true}");
		assertThat(resent.statusCode()).as(resent.body()).isEqualTo(201);
		assertThat(this.fixtures.access().mailsTo(email)).isEqualTo(2);

		Http coordinator = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		assertThat(coordinator.get("/guides/profiles/" + id).body()).contains("Zugang zur Plattform")
			.contains("(Benutzername " + username + "); die Einladung ist noch nicht angenommen")
			.contains("Einladung erneut senden")
			.doesNotContain("Zum Zugang einladen");

		// the guide follows the newest link, sets a password and signs in to its own page
		String link = this.fixtures.access().linkPathFromMail(email);
		Http invitee = new Http(this.port);
		assertThat(invitee.get(link).body()).contains("Passwort festlegen").contains(username);
		HttpResponse<String> set = invitee.submit(link, link,
				Map.of("newPassword", "Lotsin-Passwort-1", "repeatPassword", "Lotsin-Passwort-1"));
		assertThat(set.statusCode()).isEqualTo(302);
		Http guide = Http.loggedIn(this.port, username, "Lotsin-Passwort-1");
		HttpResponse<String> mine = guide.get("/guides/me");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("Meine Begleitungen");
		assertThat(guide.get("/guides/profiles").statusCode()).isEqualTo(403);

		// now the guide has a login: no invitation any more
		HttpResponse<String> conflict = invite(this.api, id, "{\"resend\": true}");
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("schon einen Zugang");
		assertThat(coordinator.get("/guides/profiles/" + id).body())
			.contains("Hat einen Zugang (Benutzername " + username + ")")
			.doesNotContain("Einladung erneut senden");
	}

	@Test
	void theProfilePageInvitesOnlyAnActiveGuideWithAnEmailAddress() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Http coordinator = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		UUID noEmail = guide("Ohne Adresse " + run, null, "ACTIVE");
		HttpResponse<String> missing = invite(this.api, noEmail, "{}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"email\"").contains("E-Mail-Adresse");
		assertThat(coordinator.get("/guides/profiles/" + noEmail).body())
			.contains("Für eine Einladung braucht das Profil eine E-Mail-Adresse.")
			.doesNotContain("Zum Zugang einladen");

		UUID interested = guide("Interessiert " + run, "interessiert." + run + "@example.org", "INTERESTED");
		HttpResponse<String> notActive = invite(this.api, interested, null);
		assertThat(notActive.statusCode()).isEqualTo(422);
		assertThat(notActive.body()).contains("\"field\":\"state\"");
		assertThat(coordinator.get("/guides/profiles/" + interested).body())
			.contains("Einladen können Sie nur aktive Lotsinnen und Lotsen.")
			.doesNotContain("Zum Zugang einladen");

		String email = "seite." + run + "@example.org";
		UUID active = guide("Seite " + run, email, "ACTIVE");
		String profile = "/guides/profiles/" + active;
		assertThat(coordinator.get(profile).body()).contains("Noch kein Zugang.").contains("Zum Zugang einladen");
		HttpResponse<String> sent = AccessFixtures.post(coordinator, profile, profile + "/invitation");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(profile).body()).contains("Die Einladung wurde an " + email + " gesendet.")
			.contains("die Einladung ist noch nicht angenommen");
		HttpResponse<String> twice = AccessFixtures.post(coordinator, profile, profile + "/invitation");
		assertThat(twice.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(profile).body()).contains("Diese Person ist schon eingeladen.");
		assertThat(this.fixtures.access().mailsTo(email)).isEqualTo(1);

		// other roles and tenants
		assertThat(invite(this.fixtures.api(LANDKREIS, Role.GUIDE), active, "{\"resend\": true}").statusCode())
			.isEqualTo(403);
		assertThat(invite(this.fixtures.api(STADT, Role.GUIDE_COORDINATOR), active, "{\"resend\": true}").statusCode())
			.isEqualTo(404);
		assertThat(this.fixtures.access().mailsTo(email)).isEqualTo(1);
	}

}
