package de.teilhabe.access.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What protects a signed-in browser session, through real HTTP: no form POST without the
 * session's CSRF token, no page in a frame of another site, scripts only from the
 * platform, and a new session id at login (no session fixation).
 */
@IntegrationTest
class WebSessionProtectionTest {

	private static final Pattern SESSION_COOKIE = Pattern.compile("^(SESSION|JSESSIONID)=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormPostWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		for (String token : new String[] { null, "falsch" }) {
			String name = AccessFixtures.unique("Ohne-Token-Verein");
			HttpResponse<String> post = strategie.postForm("/network/organisations/new",
					Map.of("kind", "MSO", "name", name), token);
			assertThat(post.statusCode()).as("token %s", token).isEqualTo(403);
			assertThat(this.jdbc.sql("SELECT count(*) FROM network_organisation WHERE name = ?")
				.param(name)
				.query(Long.class)
				.single()).isZero();
		}
		// the same form with the token of the page is accepted
		NetworkFixtures.createOrganisation(strategie, AccessFixtures.unique("Mit-Token-Verein"));

		Http anonymous = new Http(this.port);
		anonymous.get("/login");
		assertThat(anonymous.postForm("/login", Map.of("username", "strategie", "password", "demo"), null).statusCode())
			.as("a login without the token")
			.isEqualTo(403);
		assertThat(anonymous.get("/").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void pagesForbidFramingAndForeignScripts() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		Http anonymous = new Http(this.port);
		List<HttpResponse<String>> pages = List.of(anonymous.get("/login"), strategie.get("/"),
				strategie.get("/network/organisations"), anonymous.get("/p/landkreis-osnabrueck/de/"),
				strategie.get("/gibt-es-nicht"));
		for (HttpResponse<String> page : pages) {
			String address = page.uri().getPath();
			assertThat(page.statusCode()).as(address).isIn(200, 404);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(address)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"frame-ancestors 'none'", "form-action 'self'"));
			assertThat(page.headers().firstValue("X-Frame-Options")).as(address).hasValue("DENY");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(address).hasValue("nosniff");
		}
	}

	@Test
	void theSessionIdChangesAtLoginAndTheOldOneSignsNobodyIn() {
		Http browser = new Http(this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		String before = sessionCookie(loginPage).orElseThrow(() -> new AssertionError("no session before login"));
		HttpResponse<String> login = browser.login("strategie", "demo");
		assertThat(login.statusCode()).isEqualTo(302);
		String after = sessionCookie(login).orElseThrow(() -> new AssertionError("no new session at login"));

		assertThat(after).isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).as("signed in with the new id").isEqualTo(200);
		assertThat(withCookie(before).statusCode()).as("the id from before the login").isEqualTo(302);
		assertThat(withCookie(after).statusCode()).isEqualTo(200);
	}

	/** The session cookie the answer sets ("name=value"), if any. */
	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.find()) {
				return Optional.of(matcher.group(1) + "=" + matcher.group(2));
			}
		}
		return Optional.empty();
	}

	/** The start page requested with only this cookie. */
	private HttpResponse<String> withCookie(String cookie) {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"))
				.header("Cookie", cookie)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
