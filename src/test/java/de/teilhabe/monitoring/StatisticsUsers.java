package de.teilhabe.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users of the tests' own (the demo users' roles stay as they are): a STRATEGY user of
 * the Stadt Osnabrück demo tenant, with an API token.
 */
public final class StatisticsUsers {

	private StatisticsUsers() {
	}

	/** Creates a user with the role in the tenant, beans from the context; its token. */
	public static String create(ApplicationContext context, String tenantSlug, Role role) {
		return create(context.getBean(UserStore.class), context.getBean(ApiTokens.class),
				context.getBean(Tenants.class), context.getBean(PasswordEncoder.class), tenantSlug, role);
	}

	/** Creates a user with the role in the tenant; returns its API token. */
	public static String create(UserStore users, ApiTokens tokens, Tenants tenants, PasswordEncoder passwords,
			String tenantSlug, Role role) {
		UUID tenantId = tenants.findBySlug(tenantSlug).orElseThrow().id();
		String username = "stat-" + UUID.randomUUID().toString().substring(0, 8);
		UUID userId = users.create(tenantId, username, username + "@test.teilhabe.invalid", "Statistik " + username,
				passwords.encode(UUID.randomUUID().toString()), Set.of(role));
		String token = "test-token-" + UUID.randomUUID();
		tokens.store(tenantId, userId, "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return token;
	}

}
