package de.teilhabe.access;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.access.AccessFixtures.PASSWORD;
import static de.teilhabe.access.AccessFixtures.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile page: password change and personal API tokens, through real HTTP.
 */
@IntegrationTest
class ProfileTest {

	private static final Pattern TOKEN = Pattern.compile("id=\"created-token-value\">(thb_[A-Za-z0-9_-]+)<");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	@Test
	void passwordChangeSaysWhatIsWrongAndThenWorks() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "pw", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);

		HttpResponse<String> wrongCurrent = change(http, "falsch", "Neues-Passwort-1", "Neues-Passwort-1");
		assertThat(wrongCurrent.statusCode()).isEqualTo(400);
		assertThat(wrongCurrent.body()).contains("Das aktuelle Passwort ist nicht richtig.")
			.contains("aria-describedby=\"currentPassword-error\"");

		assertThat(change(http, PASSWORD, "kurz", "kurz").body())
			.contains("Das neue Passwort muss mindestens 10 Zeichen lang sein.");
		assertThat(change(http, PASSWORD, user.username(), user.username()).body())
			.contains("Das neue Passwort darf nicht gleich dem Benutzernamen sein.");
		assertThat(change(http, PASSWORD, "Neues-Passwort-1", "Neues-Passwort-2").body())
			.contains("Die beiden Eingaben des neuen Passworts stimmen nicht überein.");
		assertThat(change(http, "", "", "").body()).contains("Bitte geben Sie Ihr aktuelles Passwort ein.")
			.contains("Bitte geben Sie ein neues Passwort ein.");
		assertThat(new Http(this.port).login(user.username(), PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/")); // nothing was
																		// changed

		HttpResponse<String> changed = change(http, PASSWORD, "Neues-Passwort-1", "Neues-Passwort-1");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(location(changed)).endsWith("/profile");
		assertThat(http.get("/profile").body()).contains("Ihr Passwort wurde geändert.");
		assertThat(location(new Http(this.port).login(user.username(), PASSWORD))).endsWith("/login?error");
		Http.loggedIn(this.port, user.username(), "Neues-Passwort-1");
		assertThat(this.fixtures.auditDetails("user.password.changed", user.id())).hasSize(1);
	}

	@Test
	void tokenIsShownOnceWorksAndIsRevoked() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "token", Role.COUNSELLOR);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);

		HttpResponse<String> created = http.submit("/profile", "/profile/tokens",
				Map.of("name", "Auswertung", "expiryDays", "30"));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = http.get("/profile").body();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the token is shown after creation").isTrue();
		String token = matcher.group(1);
		assertThat(page).contains("Es wird nur dieses eine Mal angezeigt");
		assertThat(http.get("/profile").body()).doesNotContain(token).contains("Auswertung").contains("nie");

		HttpResponse<String> me = Http.withToken(this.port, token).get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"" + user.username() + "\"");
		assertThat(http.get("/profile").body()).doesNotContain(">nie<").contains(">aktiv<");

		String tokenId = this.fixtures.jdbc()
			.sql("SELECT id::text FROM api_token WHERE user_id = ? AND name = 'Auswertung'")
			.param(user.id())
			.query(String.class)
			.single();
		// another user cannot revoke it
		TestUser other = this.fixtures.create(AccessFixtures.LANDKREIS, "token-other", Role.COUNSELLOR);
		Http otherHttp = Http.loggedIn(this.port, other.username(), PASSWORD);
		assertThat(otherHttp.submit("/profile", "/profile/tokens/" + tokenId + "/revoke", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = http.submit("/profile", "/profile/tokens/" + tokenId + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(http.get("/profile").body()).contains("Das Token wurde widerrufen.").contains(">widerrufen<");
		HttpResponse<String> refused = Http.withToken(this.port, token).get("/api/v1/me");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.fixtures.auditDetails("token.created", user.id())).containsExactly("expires in 30 days");
		assertThat(this.fixtures.auditDetails("token.revoked", user.id())).containsExactly("token " + tokenId);
	}

	@Test
	void tokenFormSaysWhatIsWrong() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "tokenform", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);
		HttpResponse<String> empty = http.submit("/profile", "/profile/tokens", Map.of("name", " ", "expiryDays", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte geben Sie dem Token einen Namen.")
			.contains("Die Gültigkeit muss eine ganze Zahl von 1 bis 365 Tagen sein.")
			.contains("aria-describedby=\"name-hint name-error\"");
		assertThat(http.submit("/profile", "/profile/tokens", Map.of("name", "x", "expiryDays", "366")).body())
			.contains("Die Gültigkeit muss eine ganze Zahl von 1 bis 365 Tagen sein.");
		assertThat(http.submit("/profile", "/profile/tokens", Map.of("name", "x", "expiryDays", "0")).body())
			.contains("Die Gültigkeit muss eine ganze Zahl von 1 bis 365 Tagen sein.");
		assertThat(http.submit("/profile", "/profile/tokens", Map.of("name", "x", "expiryDays", "zehn")).body())
			.contains("Die Gültigkeit muss eine ganze Zahl von 1 bis 365 Tagen sein.");
		assertThat(http.get("/profile").body()).contains("Sie haben noch keine API-Tokens.");
		assertThat(http.get("/profile?lang=en").body()).contains("You have no API tokens yet.");
	}

	@Test
	void expiredTokenIs401AndListedAsExpired() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "expired", Role.STRATEGY);
		String token = this.tokens.create(user.tenantId(), user.id(), "Alt",
				Instant.now().minus(1, ChronoUnit.MINUTES));
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);
		String page = http.get("/profile").body();
		assertThat(page).contains("Alt").contains(">abgelaufen<");
		assertThat(page).doesNotContain("/revoke"); // nothing to revoke
	}

	@Test
	void theProfileSaysWhenATokenWasLastUsedToTheMinute() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "used", Role.STRATEGY);
		String token = this.tokens.create(user.tenantId(), user.id(), "Skript",
				Instant.now().plus(30, ChronoUnit.DAYS));
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(http.get("/profile").body()).contains(">nie<");
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(200);
		OffsetDateTime first = lastUse(user);
		assertThat(first).isNotNull();
		assertThat(http.get("/profile").body()).doesNotContain(">nie<");
		// within the minute the use is not written again (no row lock for every request)
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(lastUse(user)).isEqualTo(first);
		// a use older than a minute is brought up to date
		this.context.getBean(JdbcClient.class)
			.sql("UPDATE api_token SET last_used_at = last_used_at - interval '2 minutes' WHERE user_id = ?")
			.param(user.id())
			.update();
		assertThat(Http.withToken(this.port, token).get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(lastUse(user)).isAfterOrEqualTo(first);
	}

	private OffsetDateTime lastUse(TestUser user) {
		return this.context.getBean(JdbcClient.class)
			.sql("SELECT last_used_at FROM api_token WHERE user_id = ?")
			.param(user.id())
			.query(OffsetDateTime.class)
			.single();
	}

	@Test
	void revokingAnUnknownOrMalformedTokenIdIsRefused() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "revoke", Role.STRATEGY);
		Http http = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(http.submit("/profile", "/profile/tokens/00000000-0000-0000-0000-000000000001/revoke", Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(http.submit("/profile", "/profile/tokens/kein-token/revoke", Map.of()).statusCode()).isEqualTo(400);
	}

	@Test
	void passwordChangeEndsTheOtherSessionsAndKeepsThisOneUnderANewId() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "pw-sessions", Role.STRATEGY);
		Http here = Http.loggedIn(this.port, user.username(), PASSWORD);
		Http elsewhere = Http.loggedIn(this.port, user.username(), PASSWORD);
		assertThat(elsewhere.get("/profile").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = change(here, PASSWORD, "Anderes-Passwort-1", "Anderes-Passwort-1");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().allValues("Set-Cookie")).as("this session continues under a new id")
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION="));
		assertThat(here.get("/profile").body()).contains("Ihr Passwort wurde geändert.");
		HttpResponse<String> ended = elsewhere.get("/profile");
		assertThat(ended.statusCode()).as("the other session is signed out").isEqualTo(302);
		assertThat(location(ended)).endsWith("/login");
	}

	@Test
	void aPasswordIsTakenAsTypedAndNeverShownAgain() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "pw-typed", Role.STRATEGY);
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
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "token-en", Role.STRATEGY);
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

	private static HttpResponse<String> change(Http http, String current, String password, String repeated) {
		return http.submit("/profile", "/profile/password",
				Map.of("currentPassword", current, "newPassword", password, "repeatPassword", repeated));
	}

}
