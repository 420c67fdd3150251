package de.teilhabe.access.setup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo logins (password {@code demo}, token {@code demo-token-<username>}) in demo
 * mode.
 */
@Component
class UserSetup implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(UserSetup.class);

	static final List<DemoUser> DEMO_USERS = List.of(
			new DemoUser("landkreis-osnabrueck", "admin", "Anna Admin", Role.ADMIN),
			new DemoUser("landkreis-osnabrueck", "strategie", "Stefan Strategie", Role.STRATEGY),
			new DemoUser("landkreis-osnabrueck", "beratung", "Berna Beratung", Role.COUNSELLOR),
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

	UserSetup(UserStore users, Tenants tenants, ApiTokens tokens, PasswordEncoder passwords, PlatformMode mode) {
		this.users = users;
		this.tenants = tenants;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mode = mode;
	}

	@Override
	public int order() {
		return USERS;
	}

	@Override
	public String name() {
		return "users";
	}

	@Override
	public void run() {
		if (this.mode.isDemo()) {
			createDemoUsers();
		}
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
			log.info("Demo user '{}' ({}) created in {}", demo.username(), demo.role(), tenant.name());
		}
	}

	record DemoUser(String tenantSlug, String username, String displayName, Role role) {

		Set<Role> roles() {
			return Set.of(this.role);
		}

	}

}
