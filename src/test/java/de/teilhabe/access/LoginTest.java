package de.teilhabe.access;

import java.net.http.HttpResponse;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginTest {

	@LocalServerPort
	int port;

	@Test
	void demoUserSignsInAndSeesStartPage() {
		Http http = Http.loggedIn(this.port, "admin", "demo");
		HttpResponse<String> start = http.get("/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("Willkommen, Anna Admin").contains("Landkreis Osnabrück").contains("Demo");
	}

	@Test
	void wrongPasswordReturnsToLoginWithMessage() {
		Http http = new Http(this.port);
		HttpResponse<String> response = http.login("strategie", "falsch");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		assertThat(http.get("/login?error").body()).contains("Anmeldung fehlgeschlagen");
	}

	@Test
	void apiWithoutTokenIs401ProblemJson() {
		HttpResponse<String> response = new Http(this.port).get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void apiWithDemoTokenKnowsTheUser() {
		HttpResponse<String> response = Http.withToken(this.port, "demo-token-beratung").get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"username\":\"beratung\"").contains("COUNSELLOR");
	}

}
