package de.teilhabe.access.security;

import java.net.http.HttpResponse;

import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC login configured beside local logins (no identity provider runs here: the
 * provider's endpoints point at a closed port). This class has its own context and data
 * folder: the OIDC client registration changes the security configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"teilhabe.data-dir=target/test-data-oidc${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
		"spring.datasource.hikari.maximum-pool-size=4",
		"spring.security.oauth2.client.registration.keycloak.client-id=teilhabe",
		"spring.security.oauth2.client.registration.keycloak.client-secret=geheim",
		"spring.security.oauth2.client.registration.keycloak.client-name=Keycloak der Stadt",
		"spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
		"spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.keycloak.authorization-uri=" + OidcLoginConfigurationTest.AUTH,
		"spring.security.oauth2.client.provider.keycloak.token-uri=http://127.0.0.1:9/realms/teilhabe/protocol/openid-connect/token",
		"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://127.0.0.1:9/realms/teilhabe/protocol/openid-connect/certs",
		"spring.security.oauth2.client.provider.keycloak.user-info-uri=http://127.0.0.1:9/realms/teilhabe/protocol/openid-connect/userinfo",
		"spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username",
		"teilhabe.oidc.registration.keycloak.tenant=landkreis-osnabrueck" })
class OidcLoginConfigurationTest {

	static final String AUTH = "http://127.0.0.1:9/realms/teilhabe/protocol/openid-connect/auth";

	@LocalServerPort
	int port;

	@Test
	void loginPageOffersTheIdentityProviderBesideTheForm() {
		String page = new Http(this.port).get("/login").body();
		assertThat(page).contains("Anmelden mit Keycloak der Stadt")
			.contains("href=\"/oauth2/authorization/keycloak\"")
			.contains("name=\"password\"");
		Http.loggedIn(this.port, "admin", "demo"); // local logins still work
	}

	@Test
	void signInRedirectsToTheAuthorizationEndpoint() {
		HttpResponse<String> response = new Http(this.port).get("/oauth2/authorization/keycloak");
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(AUTH + "?")
			.contains("client_id=teilhabe")
			.contains("response_type=code")
			.contains("state=")
			.contains("scope=openid")
			.contains("redirect_uri=");
	}

	@Test
	void unknownProviderIsNotARedirect() {
		HttpResponse<String> response = new Http(this.port).get("/oauth2/authorization/unbekannt");
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotStartWith("http://127.0.0.1:9");
	}

	@Test
	void failedOidcCallbackReturnsToTheLoginPageWithError() {
		HttpResponse<String> response = new Http(this.port).get("/login/oauth2/code/keycloak?code=x&state=unknown");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
	}

}
