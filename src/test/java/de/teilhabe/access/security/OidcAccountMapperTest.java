package de.teilhabe.access.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The mapping of an identity provider's user to an existing, active local user.
 */
@IntegrationTest
class OidcAccountMapperTest {

	static final String LANDKREIS_IDP = "landkreis";

	static final String ISSUER = "https://idp.example.org/realms/teilhabe";

	@Autowired
	OidcAccountMapper mapper;

	@Autowired
	ApplicationContext context;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
		// one client registration per tenant, as an operator configures them; added to
		// the shared test context's environment, where nothing else reads these keys
		MutablePropertySources sources = ((ConfigurableEnvironment) this.context.getEnvironment()).getPropertySources();
		if (!sources.contains("oidc-registrations")) {
			sources.addLast(new MapPropertySource("oidc-registrations",
					Map.of("teilhabe.oidc.registration.landkreis.tenant", AccessFixtures.LANDKREIS,
							"teilhabe.oidc.registration.stadt.tenant", AccessFixtures.STADT)));
		}
	}

	@Test
	void mapsByPreferredUsernameToTheLocalUserAndItsRoles() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc", Role.STRATEGY, Role.COUNSELLOR);
		OidcAccount account = this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("preferred_username", user.username())));
		assertThat(account.actor().userId()).isEqualTo(user.id());
		assertThat(account.getName()).isEqualTo(user.username());
		assertThat(account.getAuthorities().stream().map((a) -> a.getAuthority()))
			.containsExactlyInAnyOrder("ROLE_STRATEGY", "ROLE_COUNSELLOR");
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(account, null));
		try {
			assertThat(CurrentActor.get().tenantId()).isEqualTo(user.tenantId());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void fallsBackToTheEmailAddress() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc-mail", Role.STRATEGY);
		OidcAccount account = this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("preferred_username",
				"jemand-anderes-im-idp", "email", user.email().toUpperCase(), "email_verified", true)));
		assertThat(account.actor().userId()).isEqualTo(user.id());
	}

	@Test
	void anUnverifiedEmailAddressMatchesNobody() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc-unverified", Role.STRATEGY);
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("email", user.email()))));
		assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(
				() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("email", user.email(), "email_verified", false))));
		assertThat(identity(user)).isEqualTo("-");
	}

	@Test
	void theFirstSignInBindsIssuerAndSubjectAndLaterOnesMatchOnThemOnly() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc-bind", Role.STRATEGY);
		String subject = AccessFixtures.unique("sub");
		this.mapper.map(LANDKREIS_IDP, oidcUser(subject, Map.of("preferred_username", user.username())));
		assertThat(identity(user)).isEqualTo(ISSUER + " " + subject);

		OidcAccount renamed = this.mapper.map(LANDKREIS_IDP,
				oidcUser(subject, Map.of("preferred_username", "umbenannt-im-idp")));
		assertThat(renamed.actor().userId()).as("a changed name does not matter").isEqualTo(user.id());

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.as("another identity that claims the bound user's name or address")
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(AccessFixtures.unique("sub"),
					Map.of("preferred_username", user.username(), "email", user.email(), "email_verified", true))));
		assertThat(identity(user)).isEqualTo(ISSUER + " " + subject);
	}

	@Test
	void aRegistrationSignsInUsersOfItsOwnTenantOnly() {
		TestUser stadtUser = this.fixtures.create(AccessFixtures.STADT, "oidc-stadt", Role.STRATEGY);
		assertThatExceptionOfType(OAuth2AuthenticationException.class).as("by name")
			.isThrownBy(
					() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("preferred_username", stadtUser.username()))));
		assertThatExceptionOfType(OAuth2AuthenticationException.class).as("by verified address")
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP,
					oidcUser(Map.of("email", stadtUser.email(), "email_verified", true))));
		assertThat(identity(stadtUser)).isEqualTo("-");

		String subject = AccessFixtures.unique("sub");
		assertThat(this.mapper.map("stadt", oidcUser(subject, Map.of("preferred_username", stadtUser.username())))
			.actor()
			.userId()).isEqualTo(stadtUser.id());
		assertThatExceptionOfType(OAuth2AuthenticationException.class).as("a bound identity, other tenant")
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(subject, Map.of())));
		assertThatExceptionOfType(OAuth2AuthenticationException.class).as("a registration without tenant")
			.isThrownBy(() -> this.mapper.map("ohne-mandant",
					oidcUser(Map.of("preferred_username", stadtUser.username()))));
	}

	@Test
	void refusesUnknownAndDeactivatedUsers() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("preferred_username", "gibt-es-nicht"))));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("email", "niemand@example.org"))));
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc-off", Role.STRATEGY);
		this.fixtures.jdbc().sql("UPDATE app_user SET active = false WHERE id = ?").param(user.id()).update();
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(LANDKREIS_IDP, oidcUser(Map.of("preferred_username", user.username()))));
	}

	private String identity(TestUser user) {
		return this.fixtures.jdbc()
			.sql("SELECT coalesce(oidc_issuer || ' ' || oidc_subject, '-') FROM app_user WHERE id = ?")
			.param(user.id())
			.query(String.class)
			.single();
	}

	private static OidcUser oidcUser(Map<String, Object> claims) {
		return oidcUser(AccessFixtures.unique("subject"), claims);
	}

	private static OidcUser oidcUser(String subject, Map<String, Object> claims) {
		Map<String, Object> all = new HashMap<>(claims);
		all.put("sub", subject);
		all.put("iss", ISSUER);
		OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), all);
		return new DefaultOidcUser(java.util.List.of(), token);
	}

}
