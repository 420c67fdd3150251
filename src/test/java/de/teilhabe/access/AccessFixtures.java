package de.teilhabe.access;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.Http;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Users and helpers of the access tests: each test creates its own users (unique names),
 * never changes demo users.
 */
public class AccessFixtures {

	public static final String LANDKREIS = "landkreis-osnabrueck";

	public static final String STADT = "stadt-osnabrueck";

	public static final String PASSWORD = "Geheim-Passwort-1";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final UserStore users;

	private final Tenants tenants;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final Environment environment;

	private String passwordHash;

	AccessFixtures(UserStore users, Tenants tenants, PasswordEncoder passwords, JdbcClient jdbc,
			Environment environment) {
		this.users = users;
		this.tenants = tenants;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	public static AccessFixtures of(ApplicationContext context) {
		return new AccessFixtures(context.getBean(UserStore.class), context.getBean(Tenants.class),
				context.getBean(PasswordEncoder.class), context.getBean(JdbcClient.class), context.getEnvironment());
	}

	/**
	 * Changes an audit entry's details as someone with the database superuser's account
	 * could (the application's own account can neither change entries nor switch off the
	 * append-only trigger).
	 */
	public void tamperWithAuditEntry(long id) {
		DatabaseSuperuser.inOneTransaction(this.environment, (superuser) -> {
			superuser.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			superuser.sql("UPDATE audit_event SET details = 'geändert' WHERE id = ?").param(id).update();
			superuser.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		});
	}

	/** A unique username with this prefix. */
	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet();
	}

	/** Creates an active user with password {@link #PASSWORD}. */
	public TestUser create(String tenantSlug, String prefix, Role... roles) {
		return createIn(tenantId(tenantSlug), prefix, roles);
	}

	/** Creates an active user with password {@link #PASSWORD} in a tenant given by id. */
	public TestUser createIn(UUID tenantId, String prefix, Role... roles) {
		if (this.passwordHash == null) {
			this.passwordHash = this.passwords.encode(PASSWORD);
		}
		String username = unique(prefix);
		Set<Role> roleSet = EnumSet.noneOf(Role.class);
		roleSet.addAll(List.of(roles));
		UUID id = this.users.create(tenantId, username, username + "@test.teilhabe.invalid", "Test " + username,
				this.passwordHash, roleSet);
		return new TestUser(id, tenantId, username, username + "@test.teilhabe.invalid");
	}

	public UUID tenantId(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow().id();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** The roles of a user as stored, e.g. {@code COUNSELLOR,STRATEGY}. */
	public String roles(UUID userId) {
		return String.join(",",
				this.jdbc.sql("SELECT role FROM user_role WHERE user_id = ? ORDER BY role")
					.param(userId)
					.query(String.class)
					.list());
	}

	/** The details of the audit entries of a record with this action, oldest first. */
	public List<String> auditDetails(String action, UUID recordId) {
		return this.jdbc
			.sql("SELECT coalesce(details, '') FROM audit_event WHERE action = ? AND record_id = ? ORDER BY id")
			.params(action, recordId.toString())
			.query(String.class)
			.list();
	}

	/** The path of the one-time link in the newest mail to this address. */
	public String linkPathFromMail(String recipient) {
		String body = this.jdbc
			.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(recipient)
			.query(String.class)
			.single();
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(/invitation/[A-Za-z0-9_-]+)").matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No link in mail: " + body);
		}
		return matcher.group(1);
	}

	public long mailsTo(String recipient) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	/**
	 * Posts a form whose fields may repeat (checkboxes), with the CSRF token of a page.
	 * @param pairs name, value, name, value, ...
	 */
	public static HttpResponse<String> post(Http http, String formPage, String action, String... pairs) {
		StringBuilder body = new StringBuilder("_csrf=")
			.append(URLEncoder.encode(http.csrfFrom(formPage), StandardCharsets.UTF_8));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&')
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return http.send("POST", action, "application/x-www-form-urlencoded", body.toString());
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * A user made for one test.
	 *
	 * @param id its id
	 * @param tenantId its tenant
	 * @param username its login name (password {@link #PASSWORD})
	 * @param email its e-mail address
	 */
	public record TestUser(UUID id, UUID tenantId, String username, String email) {
	}

}
