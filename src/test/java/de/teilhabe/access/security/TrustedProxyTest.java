package de.teilhabe.access.security;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS reverse proxy on 127.0.0.1 ({@code teilhabe.trusted-proxies}): its
 * forwarded headers make a request secure (HSTS, {@code Secure} cookie) and name the
 * client whose sign-in failures are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "teilhabe.data-dir=target/test-data${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
				"spring.datasource.hikari.maximum-pool-size=5", "teilhabe.trusted-proxies=192.0.2.1, 127.0.0.1" })
class TrustedProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecureRequestThroughTheProxyGetsHstsAndASecureCookie() {
		HttpResponse<String> login = new Http(this.port).get("/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
		HttpResponse<String> plain = new Http(this.port).get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** The council's OParl ids are the addresses the proxy was asked for (issue 18). */
	@Test
	void oparlIdsNameTheForwardedHost() {
		HttpResponse<String> system = new Http(this.port).get("/oparl/v1.1/system",
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "oparl.example.org"));
		assertThat(system.statusCode()).isEqualTo(200);
		assertThat(system.body()).contains("\"id\":\"https://oparl.example.org/oparl/v1.1/system\"")
			.contains("\"body\":\"https://oparl.example.org/oparl/v1.1/bodies\"");
	}

	@Test
	void signInFailuresCountPerClientNotPerProxy() {
		String client = "203.0.113." + (System.nanoTime() % 200 + 1);
		Http http = new Http(this.port);
		String body = "username=niemand-proxy&password=falsch&_csrf="
				+ URLEncoder.encode(http.csrfFrom("/login"), StandardCharsets.UTF_8);
		http.send(http.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(this.jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key IN (?, ?)")
			.params("address:" + client, "user:niemand-proxy@" + client)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("address:" + client, "user:niemand-proxy@" + client);
	}

}
