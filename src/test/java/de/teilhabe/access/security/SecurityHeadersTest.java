package de.teilhabe.access.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser security headers, forwarded headers from an untrusted client (the default: no
 * proxy is trusted) and CSRF tokens of upload forms, through real HTTP.
 */
@IntegrationTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesSendReferrerAndPermissionsPolicies() {
		HttpResponse<String> login = new Http(this.port).get("/login");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(login.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
	}

	@Test
	void forwardedHeadersOfAnUntrustedClientAreIgnored() {
		Http http = new Http(this.port);
		HttpResponse<String> login = http.get("/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("not a secure request").isEmpty();
		assertThat(login.headers().allValues("Set-Cookie"))
			.noneSatisfy((cookie) -> assertThat(cookie).contains("Secure"));

		String spoofed = "198.51.100." + (System.nanoTime() % 200 + 1);
		http.send(http.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", spoofed)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=niemand-spoof&password=falsch&_csrf="
					+ java.net.URLEncoder.encode(http.csrfFrom("/login"), StandardCharsets.UTF_8)))
			.build());
		assertThat(throttleKeys("niemand-spoof")).as("the failure counts for the real client address")
			.contains("user:niemand-spoof@127.0.0.1")
			.noneSatisfy((key) -> assertThat(key).contains(spoofed));
	}

	@Test
	void uploadFormsCarryTheirCsrfTokenInAFieldNotInTheUrl() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		for (String page : List.of("/network/import", "/statistics/upload")) {
			String body = strategie.get(page).body();
			assertThat(body).as(page).contains("enctype=\"multipart/form-data\"").doesNotContain("_csrf=");
			assertThat(body).as(page).contains("name=\"_csrf\"");
		}
		assertThat(multipartImport(strategie, strategie.csrfFrom("/network/import")).statusCode())
			.as("the token as a field of the multipart body is accepted")
			.isNotEqualTo(403);
		assertThat(multipartImport(strategie, "falsch").statusCode()).isEqualTo(403);
	}

	private static HttpResponse<String> multipartImport(Http http, String csrf) {
		String boundary = "----teilhabe-csrf-field";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leer.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nName\r\n--" + boundary + "--\r\n";
		return http.send("POST", "/network/import", "multipart/form-data; boundary=" + boundary, body);
	}

	private List<String> throttleKeys(String username) {
		return this.jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key LIKE ?")
			.param("user:" + username + "@%")
			.query(String.class)
			.list();
	}

}
