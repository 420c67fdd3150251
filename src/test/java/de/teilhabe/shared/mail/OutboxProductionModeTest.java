package de.teilhabe.shared.mail;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox outside demo mode: an ADMIN reads a mail but cannot follow its one-time
 * link. The platform runs in production mode on the test JVM's embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "teilhabe.data-dir=target/test-data${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
				"spring.datasource.hikari.maximum-pool-size=5", "teilhabe.demo=false" })
class OutboxProductionModeTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminSeesTheMailWithoutItsLinkToken() {
		UUID tenant = this.tenants.create(AccessFixtures.unique("outbox-kreis"), "Outbox-Kreis", "03459", true).id();
		TestUser admin = AccessFixtures.of(this.context).createIn(tenant, "outbox-admin", Role.ADMIN);
		UUID mail = this.outbox.queue(tenant, "ina@example.org", "Einladung",
				"Bitte folgen Sie https://teilhabe.example/invitation/geheimes-token-123 zum Start.");

		// a real tenant for the test only: users of demo tenants cannot sign in outside
		// demo mode, and a demo-mode start of this JVM refuses a database with real
		// tenants
		HttpResponse<String> detail;
		setDemo(tenant, false);
		try {
			detail = Http.loggedIn(this.port, admin.username(), AccessFixtures.PASSWORD).get("/admin/outbox/" + mail);
		}
		finally {
			setDemo(tenant, true);
		}
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("Bitte folgen Sie")
			.contains("https://teilhabe.example/…")
			.contains("zum Start.")
			.contains("Links in E-Mails werden hier ohne ihren Pfad gezeigt")
			.doesNotContain("geheimes-token-123")
			.doesNotContain("Demobetrieb");
	}

	private void setDemo(UUID tenant, boolean demo) {
		this.jdbc.sql("UPDATE tenant SET demo = ? WHERE id = ?").params(demo, tenant).update();
	}

}
