package de.teilhabe.access;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
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
import static de.teilhabe.access.AccessFixtures.location;
import static de.teilhabe.access.AccessFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access forms on the one form pattern (shared.web.form): what a user sees at the
 * field and in the error summary, in German and English, and that nothing is stored from
 * invalid input; the admin's binding page goes through {@link UserDirectory#bind}.
 */
@IntegrationTest
class AccessFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	@Test
	void bindingToAnotherTenantsOrganisationOnThePageIsRefusedAtTheFieldAndNothingIsStored() {
		TestUser adminUser = this.fixtures.create(LANDKREIS, "bind-admin", Role.ADMIN);
		TestUser partner = this.fixtures.create(LANDKREIS, "bind-partner", Role.PARTNER);
		UUID own = NetworkFixtures.createOrganisation(Http.loggedIn(this.port, "admin", "demo"),
				AccessFixtures.unique("Eigener Verein"));
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
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body())
			.containsPattern("id=\"organisationId-error\"[^>]*>Diesen Eintrag gibt es bei Ihrer Stelle nicht.")
			.contains("aria-describedby=\"organisationId-error\"")
			.containsPattern(
					"href=\"#organisationId\"[^>]*>Organisation \\(für Partnerorganisationen\\): Diesen Eintrag")
			.contains("Es wurde nichts gespeichert.");
		assertThat(organisationOf(partner)).as("the binding stays as it was").isEqualTo(own);
		assertThat(this.fixtures.auditDetails("user.binding.changed", partner.id())).hasSize(1);

		HttpResponse<String> english = post(admin.language("en"), path, path + "/binding", "organisationId",
				foreign.toString(), "guideProfileId", "");
		assertThat(english.statusCode()).isEqualTo(422);
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
	void aPasswordIsTakenAsTypedAndNeverShownAgain() {
		TestUser user = this.fixtures.create(LANDKREIS, "pw-typed", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);

		HttpResponse<String> mismatch = change(http, PASSWORD, "Neues-Passwort-1", "Anderes-Passwort-2");
		assertThat(mismatch.body())
			.containsPattern("id=\"repeatPassword-error\"[^>]*>Die beiden Eingaben des neuen Passworts")
			.contains("href=\"#repeatPassword\"")
			.doesNotContain("Neues-Passwort-1")
			.doesNotContain("Anderes-Passwort-2")
			.doesNotContain(PASSWORD)
			.contains("autocomplete=\"new-password\"");
		assertThat(change(http.language("en"), PASSWORD, "kurz", "kurz").body())
			.containsPattern("id=\"newPassword-error\"[^>]*>The new password must be at least 10 characters long.");
		assertThat(location(new Http(this.port).login(user.username(), PASSWORD))).doesNotEndWith("?error");

		// spaces at either end are part of the password
		String spaced = "  Mit Leerzeichen 1 ";
		assertThat(change(http, PASSWORD, spaced, spaced).statusCode()).isEqualTo(302);
		assertThat(location(new Http(this.port).login(user.username(), spaced.strip()))).endsWith("/login?error");
		Http.loggedIn(this.port, user.username(), spaced);
	}

	@Test
	void tokenFormSaysWhatIsWrongInEnglishAndStoresNothing() {
		TestUser user = this.fixtures.create(LANDKREIS, "token-en", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);
		HttpResponse<String> tooLong = http.submit("/profile", "/profile/tokens",
				Map.of("name", "T".repeat(101), "expiryDays", "30"));
		assertThat(tooLong.body())
			.containsPattern("id=\"name-error\"[^>]*>Der Name darf höchstens 100 Zeichen lang sein.")
			.contains("value=\"30\"");
		HttpResponse<String> english = http.language("en")
			.submit("/profile", "/profile/tokens", Map.of("name", "", "expiryDays", "1.5"));
		assertThat(english.body()).containsPattern("id=\"name-error\"[^>]*>Please give the token a name.")
			.containsPattern("id=\"expiryDays-error\"[^>]*>The validity must be a whole number of 1 to 365 days.")
			.contains("value=\"1.5\"");
		assertThat(this.fixtures.jdbc()
			.sql("SELECT count(*) FROM api_token WHERE user_id = ?")
			.param(user.id())
			.query(Long.class)
			.single()).isZero();
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

	private static HttpResponse<String> change(Http http, String current, String password, String repeated) {
		return http.submit("/profile", "/profile/password",
				Map.of("currentPassword", current, "newPassword", password, "repeatPassword", repeated));
	}

}
