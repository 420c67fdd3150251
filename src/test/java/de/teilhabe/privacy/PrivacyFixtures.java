package de.teilhabe.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.teilhabe.access.token.ApiTokens;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data of their own for the privacy tests: tenants by slug, extra users (created
 * with SQL), consent texts and consents with unique names.
 */
public final class PrivacyFixtures {

	public static final String LANDKREIS = "landkreis-osnabrueck";

	public static final String STADT = "stadt-osnabrueck";

	public static final String PASSWORD = "geheim-123";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final ApiTokens tokens;

	private final Consents consents;

	public PrivacyFixtures(JdbcClient jdbc, PasswordEncoder passwords, ApiTokens tokens, Consents consents) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.tokens = tokens;
		this.consents = consents;
	}

	/** The fixtures with the beans of a running platform. */
	public static PrivacyFixtures of(ApplicationContext context) {
		return new PrivacyFixtures(context.getBean(JdbcClient.class), context.getBean(PasswordEncoder.class),
				context.getBean(ApiTokens.class), context.getBean(Consents.class));
	}

	public UUID tenant(String slug) {
		return this.jdbc.sql("SELECT id FROM tenant WHERE slug = ?").param(slug).query(UUID.class).single();
	}

	/** A new user with one role (password {@link #PASSWORD}) and its API token. */
	public TestUser user(String tenantSlug, String role) {
		UUID tenantId = tenant(tenantSlug);
		UUID id = UUID.randomUUID();
		String username = "t-" + role.toLowerCase().replace('_', '-') + "-" + id.toString().substring(0, 8);
		this.jdbc.sql("""
				INSERT INTO app_user (id, tenant_id, username, email, display_name, password_hash, password_changed_at)
				VALUES (?, ?, ?, ?, ?, ?, now())""")
			.params(id, tenantId, username, username + "@example.org", "Test " + username,
					this.passwords.encode(PASSWORD))
			.update();
		this.jdbc.sql("INSERT INTO user_role (tenant_id, user_id, role) VALUES (?, ?, ?)")
			.params(tenantId, id, role)
			.update();
		String token = this.tokens.create(tenantId, id, "test", Instant.now().plus(1, ChronoUnit.DAYS));
		return new TestUser(tenantId, id, username, token);
	}

	/** A new purpose with text version 1 in German and English. */
	public String purpose(UUID tenantId) {
		String purpose = "test.p" + UUID.randomUUID().toString().substring(0, 8);
		for (String language : new String[] { "de", "en" }) {
			this.consents.defineText(new ConsentText(tenantId, purpose, 1, language, "Weitergabe " + language,
					"Ich willige ein, dass ...", null));
		}
		return purpose;
	}

	public ConsentRecord consent(UUID tenantId, String subjectType, String subjectId, String purpose) {
		return this.consents.record(new NewConsent(tenantId, subjectType, subjectId, purpose, 1, "de",
				OffsetDateTime.now().minusDays(1), HowGiven.WRITTEN));
	}

	/** A signed-in test user. */
	public record TestUser(UUID tenantId, UUID id, String username, String token) {
	}

}
