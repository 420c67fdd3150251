package de.teilhabe.access.setup;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.invitation.UserLinks;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserPermissionStore;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first administrator of a production start, run against the real database with a
 * tenant of its own (the shared test context itself is in demo mode).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	UserStore users;

	@Autowired
	UserPermissionStore permissions;

	@Autowired
	Tenants tenants;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserLinks links;

	@Test
	void withPasswordTheAdminSignsInAtOnceAndOnlyOnce() {
		Tenant tenant = tenant();
		String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
		setup(false, tenant, username, "Start-Passwort-1").run();
		UserAccount admin = this.users.findByUsername(username).orElseThrow();
		assertThat(admin.actor().tenantId()).isEqualTo(tenant.id());
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(this.passwords.matches("Start-Passwort-1", admin.passwordHash())).isTrue();
		// the tenant has a user now: a second start creates nobody
		setup(false, tenant, username + "-2", "Start-Passwort-1").run();
		assertThat(this.users.findByUsername(username + "-2")).isEmpty();
	}

	@Test
	void withoutPasswordASetupLinkIsLogged(CapturedOutput output) {
		Tenant tenant = tenant();
		String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
		setup(false, tenant, username, "").run();
		UserAccount admin = this.users.findByUsername(username).orElseThrow();
		assertThat(admin.passwordHash()).isNull();
		assertThat(output).contains("to set the password of the first administrator");
		String path = output.getOut()
			.lines()
			.filter((line) -> line.contains("/invitation/") && line.contains("Open "))
			.reduce((first, second) -> second)
			.orElseThrow()
			.replaceFirst(".*?https?://[^/]+(/invitation/\\S+).*", "$1");
		Http http = new Http(this.port);
		assertThat(http.get(path).body()).contains(username);
		http.submit(path, path, Map.of("newPassword", "Erstes-Passwort-1", "repeatPassword", "Erstes-Passwort-1"));
		Http.loggedIn(this.port, username, "Erstes-Passwort-1");
	}

	@Test
	void neverInDemoModeAndRefusesAWeakPassword() {
		Tenant tenant = tenant();
		String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
		setup(true, tenant, username, "Start-Passwort-1").run();
		assertThat(this.users.findByUsername(username)).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> setup(false, tenant, username, "kurz").run())
			.withMessageContaining("TEILHABE_BOOTSTRAP_ADMIN_PASSWORD");
		assertThat(this.users.findByUsername(username)).isEmpty();
	}

	private Tenant tenant() {
		// a demo tenant, so that the demo-mode database holds no real tenant; its users
		// can
		// sign in here because the test context runs in demo mode
		return this.tenants.create("boot-" + System.nanoTime(), "Bootstrap-Gemeinde", "03459", true);
	}

	private UserSetup setup(boolean demo, Tenant tenant, String username, String password) {
		return new UserSetup(this.users, this.tenants, this.tokens, this.passwords, new PlatformMode(demo, true),
				this.links, this.permissions, tenant.slug(), username, username + "@example.org", password);
	}

}
