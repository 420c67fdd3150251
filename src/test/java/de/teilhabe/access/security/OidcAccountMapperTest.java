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

	@Autowired
	OidcAccountMapper mapper;

	@Autowired
	ApplicationContext context;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	@Test
	void mapsByPreferredUsernameToTheLocalUserAndItsRoles() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc", Role.STRATEGY, Role.COUNSELLOR);
		OidcAccount account = this.mapper.map(oidcUser(Map.of("preferred_username", user.username())));
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
		OidcAccount account = this.mapper
			.map(oidcUser(Map.of("preferred_username", "jemand-anderes-im-idp", "email", user.email().toUpperCase())));
		assertThat(account.actor().userId()).isEqualTo(user.id());
	}

	@Test
	void refusesUnknownAndDeactivatedUsers() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(oidcUser(Map.of("preferred_username", "gibt-es-nicht"))));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(oidcUser(Map.of("email", "niemand@example.org"))));
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "oidc-off", Role.STRATEGY);
		this.fixtures.jdbc().sql("UPDATE app_user SET active = false WHERE id = ?").param(user.id()).update();
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.mapper.map(oidcUser(Map.of("preferred_username", user.username()))));
	}

	private static OidcUser oidcUser(Map<String, Object> claims) {
		Map<String, Object> all = new HashMap<>(claims);
		all.put("sub", "subject-" + claims.hashCode());
		all.put("iss", "https://idp.example.org/realms/teilhabe");
		OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), all);
		return new DefaultOidcUser(java.util.List.of(), token);
	}

}
