package de.teilhabe.access.setup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.invitation.UserLinks;
import de.teilhabe.access.invitation.UserLinks.Purpose;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.PasswordRules;
import de.teilhabe.access.user.UserPermissionStore;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo logins (password {@code demo}, token {@code demo-token-<username>}) in demo
 * mode; in production the first administrator of the bootstrap tenant (never in demo
 * mode).
 */
@Component
class UserSetup implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(UserSetup.class);

	/**
	 * The demo counsellor who reads the discrimination complaints (Berna Beratung; Bilal
	 * Beratung does not).
	 */
	static final String DISCRIMINATION_COUNSELLOR = "beratung";

	static final List<DemoUser> DEMO_USERS = List.of(
			new DemoUser("landkreis-osnabrueck", "admin", "Anna Admin", Role.ADMIN),
			new DemoUser("landkreis-osnabrueck", "strategie", "Stefan Strategie", Role.STRATEGY),
			new DemoUser("landkreis-osnabrueck", "beratung", "Berna Beratung", Role.COUNSELLOR),
			new DemoUser("landkreis-osnabrueck", "beratung2", "Bilal Beratung", Role.COUNSELLOR),
			new DemoUser("landkreis-osnabrueck", "koordination", "Konrad Koordination", Role.GUIDE_COORDINATOR),
			new DemoUser("landkreis-osnabrueck", "lotse", "Leyla Lotsin", Role.GUIDE),
			new DemoUser("landkreis-osnabrueck", "beirat", "Benedikt Beirat", Role.COUNCIL_OFFICE),
			new DemoUser("landkreis-osnabrueck", "partner", "Paula Partner", Role.PARTNER),
			new DemoUser("landkreis-osnabrueck", "datenschutz", "Dana Datenschutz", Role.PRIVACY_OFFICER),
			new DemoUser("stadt-osnabrueck", "stadt-admin", "Sami Stadt-Admin", Role.ADMIN));

	private final UserStore users;

	private final Tenants tenants;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final PlatformMode mode;

	private final UserLinks links;

	private final BootstrapAdmin bootstrap;

	private final UserPermissionStore permissions;

	UserSetup(UserStore users, Tenants tenants, ApiTokens tokens, PasswordEncoder passwords, PlatformMode mode,
			UserLinks links, UserPermissionStore permissions,
			@Value("${teilhabe.bootstrap.tenant.slug:}") String tenantSlug,
			@Value("${teilhabe.bootstrap.admin.username:}") String username,
			@Value("${teilhabe.bootstrap.admin.email:}") String email,
			@Value("${teilhabe.bootstrap.admin.password:}") String password) {
		this.users = users;
		this.tenants = tenants;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mode = mode;
		this.links = links;
		this.permissions = permissions;
		this.bootstrap = new BootstrapAdmin(tenantSlug, username.isBlank() ? "admin" : username.strip(),
				email.isBlank() ? null : email.strip(), password);
	}

	@Override
	public String name() {
		return "users";
	}

	@Override
	public Set<String> after() {
		return Set.of("tenants");
	}

	@Override
	public void run() {
		if (this.mode.isDemo()) {
			createDemoUsers();
		}
		else {
			bootstrapFirstAdmin();
		}
	}

	/**
	 * Production: the first administrator of the bootstrap tenant, while that tenant has
	 * no users. With a configured password it can sign in at once; without one a one-time
	 * setup link (24 h) is logged.
	 */
	private void bootstrapFirstAdmin() {
		if (this.bootstrap.tenantSlug().isBlank()) {
			return;
		}
		Tenant tenant = this.tenants.findBySlug(this.bootstrap.tenantSlug()).orElse(null);
		if (tenant == null || this.users.countInTenant(tenant.id()) > 0) {
			return;
		}
		String username = this.bootstrap.username();
		if (this.users.usernameTaken(username)) {
			throw new IllegalStateException("The bootstrap administrator '" + username
					+ "' cannot be created: the username is taken. Set TEILHABE_BOOTSTRAP_ADMIN_USERNAME.");
		}
		String password = this.bootstrap.password();
		if (!password.isEmpty()) {
			List<PasswordRules.Violation> violations = PasswordRules.check(username, password, password);
			if (!violations.isEmpty()) {
				throw new IllegalStateException("TEILHABE_BOOTSTRAP_ADMIN_PASSWORD is not acceptable ("
						+ violations.get(0).messageKey() + "): at least " + PasswordRules.MIN_LENGTH
						+ " characters, not equal to the username.");
			}
			this.users.create(tenant.id(), username, this.bootstrap.email(), "Administration",
					this.passwords.encode(password), EnumSet.of(Role.ADMIN));
			log.info("First administrator '{}' of {} created from the bootstrap configuration", username,
					tenant.name());
			return;
		}
		UUID id = this.users.create(tenant.id(), username, this.bootstrap.email(), "Administration", null,
				EnumSet.of(Role.ADMIN));
		String token = this.links.create(tenant.id(), id, Purpose.SETUP, UserLinks.SETUP_VALIDITY);
		log.warn("""

				************************************************************************
				First administrator '{}' of {} created without a password.
				Open {} to set the password of the first administrator.
				The link works once and for 24 hours.
				************************************************************************""", username, tenant.name(),
				this.links.url(token));
	}

	private void createDemoUsers() {
		String demoPasswordHash = null;
		for (DemoUser demo : DEMO_USERS) {
			if (this.users.usernameTaken(demo.username())) {
				continue;
			}
			Tenant tenant = this.tenants.findBySlug(demo.tenantSlug()).orElseThrow();
			if (demoPasswordHash == null) {
				demoPasswordHash = this.passwords.encode("demo");
			}
			var id = this.users.create(tenant.id(), demo.username(), demo.username() + "@demo.teilhabe.invalid",
					demo.displayName(), demoPasswordHash, EnumSet.of(demo.role()));
			this.tokens.store(tenant.id(), id, "Demo", "demo-token-" + demo.username(),
					Instant.now().plus(3650, ChronoUnit.DAYS));
			if (DISCRIMINATION_COUNSELLOR.equals(demo.username())) {
				this.permissions.grant(tenant.id(), id, Permission.DISCRIMINATION_COMPLAINTS, null);
			}
			log.info("Demo user '{}' ({}) created in {}", demo.username(), demo.role(), tenant.name());
		}
	}

	/**
	 * The first administrator from {@code teilhabe.bootstrap.*}.
	 *
	 * @param tenantSlug the bootstrap tenant
	 * @param username the login name ({@code admin} if not configured)
	 * @param email the e-mail address (may be null)
	 * @param password the password (empty: a setup link is logged instead)
	 */
	record BootstrapAdmin(String tenantSlug, String username, String email, String password) {
	}

	record DemoUser(String tenantSlug, String username, String displayName, Role role) {

		Set<Role> roles() {
			return Set.of(this.role);
		}

	}

}
