package de.teilhabe.access;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.invitation.UserLinks;
import de.teilhabe.access.invitation.UserLinks.Purpose;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.access.AccessFixtures.LANDKREIS;
import static de.teilhabe.access.AccessFixtures.PASSWORD;
import static de.teilhabe.access.AccessFixtures.STADT;
import static de.teilhabe.access.AccessFixtures.location;
import static de.teilhabe.access.AccessFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * User administration by the ADMIN of a tenant, invitation links and tenant isolation,
 * through real HTTP. Every test acts on users of its own.
 */
@IntegrationTest
class UserAdministrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserLinks links;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	@Test
	void adminListsOnlyUsersOfItsOwnTenant() {
		TestUser landkreis = this.fixtures.create(LANDKREIS, "list-lk", Role.STRATEGY);
		TestUser stadt = this.fixtures.create(STADT, "list-stadt", Role.STRATEGY);
		String landkreisList = Http.loggedIn(this.port, "admin", "demo").get("/admin/users").body();
		assertThat(landkreisList).contains(landkreis.username())
			.contains("Dana Datenschutz")
			.contains(landkreis.email())
			.contains("Strategie und Monitoring")
			.doesNotContain(stadt.username())
			.doesNotContain("Sami Stadt-Admin");
		String stadtList = Http.loggedIn(this.port, "stadt-admin", "demo").get("/admin/users").body();
		assertThat(stadtList).contains(stadt.username())
			.doesNotContain(landkreis.username())
			.doesNotContain("Anna Admin");
	}

	@Test
	void anotherTenantsUserIsNotFoundForEveryAction() {
		TestUser landkreis = this.fixtures.create(LANDKREIS, "iso", Role.COUNSELLOR);
		Http stadtAdmin = Http.loggedIn(this.port, "stadt-admin", "demo");
		String path = "/admin/users/" + landkreis.id();
		assertThat(stadtAdmin.get(path).statusCode()).isEqualTo(404);
		assertThat(post(stadtAdmin, "/admin/users", path + "/roles", "roles", "ADMIN").statusCode()).isEqualTo(404);
		assertThat(post(stadtAdmin, "/admin/users", path + "/deactivate").statusCode()).isEqualTo(404);
		assertThat(post(stadtAdmin, "/admin/users", path + "/reactivate").statusCode()).isEqualTo(404);
		assertThat(post(stadtAdmin, "/admin/users", path + "/reset").statusCode()).isEqualTo(404);
		assertThat(post(stadtAdmin, "/admin/users", path + "/binding", "organisationId", UUID.randomUUID().toString())
			.statusCode()).isEqualTo(404);
		assertThat(this.fixtures.roles(landkreis.id())).isEqualTo("COUNSELLOR");
		Http.loggedIn(this.port, landkreis.username(), PASSWORD); // still active
		assertThat(this.fixtures.mailsTo(landkreis.email())).isZero();
	}

	@Test
	void inviteFormSaysWhatIsWrong() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		HttpResponse<String> empty = post(admin, "/admin/users/new", "/admin/users", "username", "", "displayName", "",
				"email", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte geben Sie einen Benutzernamen ein.")
			.contains("Bitte geben Sie den Namen ein.")
			.contains("Bitte geben Sie eine E-Mail-Adresse ein.")
			.contains("Bitte wählen Sie mindestens eine Rolle.")
			.contains("aria-describedby=\"roles-error\"");
		HttpResponse<String> wrong = post(admin, "/admin/users/new", "/admin/users", "username", "Admin", "displayName",
				"Neue Person", "email", "keine-adresse", "roles", "STRATEGY");
		assertThat(wrong.body()).contains("Dieser Benutzername ist schon vergeben.")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse ein")
			.contains("value=\"Neue Person\"");
		assertThat(post(admin, "/admin/users/new", "/admin/users", "username", "mit leerzeichen", "displayName", "X",
				"email", "x@example.org", "roles", "STRATEGY")
			.body()).contains("Der Benutzername darf nur Buchstaben");
		assertThat(post(admin, "/admin/users/new", "/admin/users", "username", AccessFixtures.unique("r"),
				"displayName", "X", "email", "x@example.org", "roles", "KAISER")
			.body()).contains("Unbekannte Rolle.");
		HttpResponse<String> english = post(admin, "/admin/users/new?lang=en", "/admin/users", "username", "");
		assertThat(english.body()).contains("Please enter a username.");
		admin.get("/?lang=de");
	}

	@Test
	void invitationEndToEnd() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String username = AccessFixtures.unique("invitee");
		String email = username + "@example.org";
		HttpResponse<String> invited = post(admin, "/admin/users/new", "/admin/users", "username", username,
				"displayName", "Ina Eingeladen", "email", email, "roles", "STRATEGY", "roles", "COUNSELLOR");
		assertThat(invited.statusCode()).isEqualTo(302);
		String userPath = location(invited).replaceFirst("^https?://[^/]+", "");
		assertThat(userPath).startsWith("/admin/users/");
		UUID id = UUID.fromString(userPath.substring("/admin/users/".length()));
		assertThat(admin.get(userPath).body()).contains("Die Einladung wurde per E-Mail verschickt.")
			.contains("eingeladen");
		assertThat(this.fixtures.roles(id)).isEqualTo("COUNSELLOR,STRATEGY");
		assertThat(this.fixtures.auditDetails("user.invited", id)).containsExactly("COUNSELLOR,STRATEGY");
		assertThat(this.fixtures.auditDetails("user.roles.changed", id)).containsExactly("- -> COUNSELLOR,STRATEGY");
		// without a password nobody can sign in yet
		assertThat(location(new Http(this.port).login(username, "irgendwas-langes"))).endsWith("/login?error");

		String link = this.fixtures.linkPathFromMail(email);
		Http invitee = new Http(this.port);
		HttpResponse<String> page = invitee.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Passwort festlegen").contains(username);
		HttpResponse<String> tooShort = invitee.submit(link, link,
				Map.of("newPassword", "kurz", "repeatPassword", "kurz"));
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("mindestens 10 Zeichen");
		assertThat(invitee.submit(link, link, Map.of("newPassword", username, "repeatPassword", username)).body())
			.contains("nicht gleich dem Benutzernamen");
		HttpResponse<String> set = invitee.submit(link, link,
				Map.of("newPassword", "Mein-Passwort-1", "repeatPassword", "Mein-Passwort-1"));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(location(set)).endsWith("/login?passwordSet");
		assertThat(invitee.get("/login?passwordSet").body()).contains("Ihr Passwort ist gespeichert.");
		Http signedIn = Http.loggedIn(this.port, username, "Mein-Passwort-1");
		assertThat(signedIn.get("/").body()).contains("Willkommen, Ina Eingeladen");

		// the link works once
		HttpResponse<String> again = new Http(this.port).get(link);
		assertThat(again.body()).contains("Dieser Link wurde bereits verwendet").doesNotContain("newPassword");
		assertThat(this.fixtures.auditDetails("user.password.set", id)).containsExactly("INVITATION");
		assertThat(new Http(this.port).get("/invitation/gibt-es-nicht").statusCode()).isEqualTo(404);
	}

	@Test
	void expiredLinkSaysSo() {
		TestUser user = this.fixtures.create(LANDKREIS, "expired-link", Role.STRATEGY);
		String token = this.links.create(user.tenantId(), user.id(), Purpose.PASSWORD_RESET, Duration.ofSeconds(-1));
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/invitation/" + token).body()).contains("Dieser Link ist abgelaufen.");
		// the page of an expired link has no form: the CSRF token comes from the login
		// page
		HttpResponse<String> post = anonymous.postForm("/invitation/" + token,
				Map.of("newPassword", "Mein-Passwort-1", "repeatPassword", "Mein-Passwort-1"),
				anonymous.csrfFrom("/login"));
		assertThat(post.body()).contains("Dieser Link ist abgelaufen.");
		Http.loggedIn(this.port, user.username(), PASSWORD); // unchanged
	}

	@Test
	void rolesChangeIsAuditedAndNobodyChangesTheirOwn() {
		TestUser ownAdmin = this.fixtures.create(LANDKREIS, "own-admin", Role.ADMIN);
		TestUser user = this.fixtures.create(LANDKREIS, "roles", Role.COUNSELLOR);
		Http admin = Http.loggedIn(this.port, ownAdmin.username(), PASSWORD);
		String path = "/admin/users/" + user.id();
		HttpResponse<String> changed = post(admin, path, path + "/roles", "roles", "COUNSELLOR", "roles", "STRATEGY");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(admin.get(path).body()).contains("Die Rollen wurden geändert.");
		assertThat(this.fixtures.roles(user.id())).isEqualTo("COUNSELLOR,STRATEGY");
		assertThat(this.fixtures.auditDetails("user.roles.changed", user.id()))
			.containsExactly("COUNSELLOR -> COUNSELLOR,STRATEGY");
		assertThat(post(admin, path, path + "/roles").statusCode()).isEqualTo(302);
		assertThat(admin.get(path).body()).contains("Bitte wählen Sie mindestens eine Rolle.");
		assertThat(post(admin, path, path + "/roles", "roles", "KAISER").statusCode()).isEqualTo(400);
		assertThat(this.fixtures.roles(user.id())).isEqualTo("COUNSELLOR,STRATEGY");

		String own = "/admin/users/" + ownAdmin.id();
		assertThat(admin.get(own).body()).contains("Ihre eigenen Rollen können Sie nicht ändern.");
		HttpResponse<String> refused = post(admin, own, own + "/roles", "roles", "ADMIN", "roles", "PRIVACY_OFFICER");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(admin.get(own).body()).contains("Ihre eigenen Rollen können Sie nicht ändern.");
		assertThat(this.fixtures.roles(ownAdmin.id())).isEqualTo("ADMIN");
		assertThat(this.fixtures.auditDetails("user.roles.changed", ownAdmin.id())).isEmpty();
		assertThat(post(admin, own, own + "/deactivate").statusCode()).isEqualTo(302);
		assertThat(admin.get(own).body()).contains("Ihr eigenes Konto können Sie nicht deaktivieren.");
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void roleChangeEndsTheUsersSessions() {
		TestUser user = this.fixtures.create(LANDKREIS, "cut", Role.ADMIN, Role.GUIDE_COORDINATOR);
		Http session = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(session.get("/admin/users/new").statusCode()).isEqualTo(200);

		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		assertThat(post(admin, path, path + "/roles", "roles", "GUIDE_COORDINATOR").statusCode()).isEqualTo(302);

		HttpResponse<String> old = session.get("/admin/users/new");
		assertThat(old.statusCode()).as("the session with the old roles is signed out").isEqualTo(302);
		assertThat(location(old)).endsWith("/login");
		HttpResponse<String> invite = session.send("POST", "/admin/users", "application/x-www-form-urlencoded",
				"username=" + AccessFixtures.unique("via-old-session")
						+ "&displayName=X&email=x@example.org&roles=ADMIN");
		assertThat(invite.statusCode()).isNotEqualTo(200);
		assertThat(location(invite)).doesNotContain("/admin/users/");
		Http again = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(again.get("/admin/users/new").statusCode()).isEqualTo(403);
	}

	@Test
	void deactivationEndsSessionsAndTokensAndReactivationAllowsSignIn() {
		TestUser user = this.fixtures.create(LANDKREIS, "deactivate", Role.STRATEGY);
		String token = this.tokens.create(user.tenantId(), user.id(), "Skript", Instant.now().plus(1, ChronoUnit.DAYS));
		Http session = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(session.get("/").statusCode()).isEqualTo(200);
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(200);

		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		assertThat(post(admin, path, path + "/deactivate").statusCode()).isEqualTo(302);
		assertThat(admin.get(path).body()).contains("Das Konto wurde deaktiviert").contains("Reaktivieren");
		assertThat(admin.get("/admin/users").body()).contains("deaktiviert");

		HttpResponse<String> ended = session.get("/");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(location(ended)).endsWith("/login");
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(location(new Http(this.port).login(user.username(), PASSWORD))).endsWith("/login?error");
		assertThat(this.fixtures.auditDetails("user.deactivated", user.id()))
			.containsExactly("tokens revoked: 1, sessions ended: 1");

		assertThat(post(admin, path, path + "/reactivate").statusCode()).isEqualTo(302);
		Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).as("tokens stay revoked")
			.isEqualTo(401);
		assertThat(this.fixtures.auditDetails("user.reactivated", user.id())).hasSize(1);
	}

	@Test
	void resetMailsALinkThatSetsANewPassword() {
		TestUser user = this.fixtures.create(LANDKREIS, "reset", Role.STRATEGY);
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		assertThat(post(admin, path, path + "/reset").statusCode()).isEqualTo(302);
		assertThat(admin.get(path).body()).contains("Ein Link zum Festlegen eines neuen Passworts");
		String link = this.fixtures.linkPathFromMail(user.email());
		// the old password still works until the link is used
		Http before = Http.loggedIn(this.port, user.username(), PASSWORD);
		Http anonymous = new Http(this.port);
		assertThat(location(anonymous.submit(link, link,
				Map.of("newPassword", "Zurueckgesetzt-1", "repeatPassword", "Zurueckgesetzt-1"))))
			.endsWith("/login?passwordSet");
		assertThat(location(before.get("/"))).as("the reset ends the sessions opened before").endsWith("/login");
		Http.loggedIn(this.port, user.username(), "Zurueckgesetzt-1");
		assertThat(this.fixtures.auditDetails("user.password.reset", user.id())).hasSize(1);

		// a deactivated user gets no reset link
		post(admin, path, path + "/deactivate");
		long mails = this.fixtures.mailsTo(user.email());
		post(admin, path, path + "/reset");
		assertThat(admin.get(path).body()).contains("Das Konto ist deaktiviert.");
		assertThat(this.fixtures.mailsTo(user.email())).isEqualTo(mails);
	}

	@Test
	void bindingAcceptsOnlyUuids() {
		TestUser user = this.fixtures.create(LANDKREIS, "binding", Role.PARTNER);
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		HttpResponse<String> wrong = post(admin, path, path + "/binding", "organisationId", "Verein X",
				"guideProfileId", "");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Bitte geben Sie eine gültige Kennung (UUID) ein")
			.contains("id=\"organisationId-error\"");
		assertThat(this.fixtures.jdbc()
			.sql("SELECT organisation_id IS NULL FROM app_user WHERE id = ?")
			.param(user.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anOrganisationIsFoundByNameAndChosenNeverTypedAsAnId() {
		TestUser user = this.fixtures.create(LANDKREIS, "binding", Role.PARTNER);
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		String path = "/admin/users/" + user.id();
		String name = AccessFixtures.unique("Bindungsverein");
		UUID organisation = NetworkFixtures.createOrganisation(admin, name);
		UUID foreign = NetworkFixtures.createOrganisation(Http.loggedIn(this.port, "stadt-admin", "demo"),
				AccessFixtures.unique("Stadtverein"));

		String page = admin.get(path).body();
		assertThat(page).contains("Organisation nach Namen suchen")
			.contains("type=\"search\"")
			.doesNotContain("Kennung (UUID)");
		String found = admin.get(path + "?organisationQuery=" + name.substring(name.indexOf('-') + 1)).body();
		assertThat(found).contains(">" + name + "</label>").contains("value=\"" + organisation + "\"");
		assertThat(admin.get(path + "?organisationQuery=nichtvorhanden" + name.hashCode()).body())
			.contains("Nichts gefunden für „nichtvorhanden");

		assertThat(post(admin, path, path + "/binding", "organisationId", organisation.toString(), "guideProfileId", "")
			.statusCode()).isEqualTo(302);
		assertThat(admin.get(path).body()).contains("Die Zuordnung wurde gespeichert.")
			.containsPattern("Zugeordnet:</span>\\s*<strong>" + java.util.regex.Pattern.quote(name) + "</strong>");

		// another tenant's organisation and invented ids are refused with a German
		// message
		for (UUID refused : new UUID[] { foreign, UUID.randomUUID() }) {
			HttpResponse<String> answer = post(admin, path, path + "/binding", "organisationId", refused.toString(),
					"guideProfileId", "");
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.body()).contains("Diesen Eintrag gibt es bei Ihrer Stelle nicht.");
		}
		assertThat(this.fixtures.jdbc()
			.sql("SELECT organisation_id FROM app_user WHERE id = ?")
			.param(user.id())
			.query(UUID.class)
			.single()).isEqualTo(organisation);
	}

	@Test
	void bindingToAnotherTenantsOrganisationOnThePageIsRefusedAtTheFieldAndNothingIsStored() {
		TestUser adminUser = this.fixtures.create(LANDKREIS, "bind-admin", Role.ADMIN);
		TestUser partner = this.fixtures.create(LANDKREIS, "bind-partner", Role.PARTNER);
		String ownName = AccessFixtures.unique("Eigener Verein");
		UUID own = NetworkFixtures.createOrganisation(Http.loggedIn(this.port, "admin", "demo"), ownName);
		UUID foreign = NetworkFixtures.createOrganisation(Http.loggedIn(this.port, "stadt-admin", "demo"),
				AccessFixtures.unique("Fremder Verein"));
		Http admin = Http.loggedIn(this.port, adminUser.username(), PASSWORD);
		String path = "/admin/users/" + partner.id();

		assertThat(post(admin, path, path + "/binding", "organisationId", own.toString(), "guideProfileId", "")
			.statusCode()).isEqualTo(302);
		assertThat(organisationOf(partner)).isEqualTo(own);
		assertThat(this.fixtures.auditDetails("user.binding.changed", partner.id())).hasSize(1);

		HttpResponse<String> refused = post(admin, path, path + "/binding", "organisationId", foreign.toString(),
				"guideProfileId", "");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body())
			.containsPattern("id=\"organisationId-error\"[^>]*>Diesen Eintrag gibt es bei Ihrer Stelle nicht.")
			.contains("aria-describedby=\"organisationId-error\"")
			.containsPattern(
					"href=\"#organisationId\"[^>]*>Organisation \\(für Partnerorganisationen\\): Diesen Eintrag")
			.contains("Es wurde nichts gespeichert.")
			.as("the page shows the binding as stored")
			.containsPattern("Zugeordnet:</span>\\s*<strong>" + java.util.regex.Pattern.quote(ownName) + "</strong>")
			.containsPattern("id=\"organisationId-current\"[^>]*value=\"" + own + "\"");
		assertThat(organisationOf(partner)).as("the binding stays as it was").isEqualTo(own);
		assertThat(this.fixtures.auditDetails("user.binding.changed", partner.id())).hasSize(1);

		HttpResponse<String> english = post(admin.language("en"), path, path + "/binding", "organisationId",
				foreign.toString(), "guideProfileId", "");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).containsPattern("id=\"organisationId-error\"[^>]*>Your office has no such record.")
			.contains("Nothing was saved.");
		assertThat(organisationOf(partner)).isEqualTo(own);

		// removing the binding goes the same way
		assertThat(post(admin, path, path + "/binding", "organisationId", "", "guideProfileId", "").statusCode())
			.isEqualTo(302);
		assertThat(organisationOf(partner)).isNull();
	}

	@Test
	void inviteFormNamesTheLimitAtTheFieldAndStoresNothing() {
		TestUser adminUser = this.fixtures.create(LANDKREIS, "invite-admin", Role.ADMIN);
		Http admin = Http.loggedIn(this.port, adminUser.username(), PASSWORD);
		String username = AccessFixtures.unique("zu-lang");
		String email = username + "@example.org";
		HttpResponse<String> tooLong = post(admin, "/admin/users/new", "/admin/users", "username", username,
				"displayName", "N".repeat(201), "email", email, "roles", "STRATEGY", "roles", "KAISER");
		assertThat(tooLong.body())
			.containsPattern("id=\"displayName-error\"[^>]*>Der Name darf höchstens 200 Zeichen lang sein.")
			.containsPattern("id=\"roles-error\"[^>]*>Unbekannte Rolle.")
			.contains("href=\"#displayName\"")
			.contains("value=\"" + username + "\"")
			.contains("Bitte korrigieren Sie 2 Fehler.");
		assertThat(usersNamed(username)).isZero();
		assertThat(this.fixtures.mailsTo(email)).isZero();

		HttpResponse<String> english = post(admin.language("en"), "/admin/users/new", "/admin/users", "username",
				username, "displayName", "N".repeat(201), "email", "keine-adresse", "roles", "STRATEGY");
		assertThat(english.body())
			.containsPattern("id=\"displayName-error\"[^>]*>The name must be at most 200 characters long.")
			.containsPattern("id=\"email-error\"[^>]*>Please enter a valid e-mail address");
		assertThat(usersNamed(username)).isZero();
	}

	@Test
	void otherRolesCannotAdministerUsers() {
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(strategy.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "admin", "demo").get("/admin/users/kein-uuid").statusCode()).isEqualTo(400);
	}

	private UUID organisationOf(TestUser user) {
		return this.fixtures.jdbc()
			.sql("SELECT organisation_id FROM app_user WHERE id = ?")
			.param(user.id())
			.query(UUID.class)
			.list()
			.get(0);
	}

	private long usersNamed(String username) {
		return this.fixtures.jdbc()
			.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single();
	}

}
