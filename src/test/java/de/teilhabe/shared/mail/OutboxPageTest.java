package de.teilhabe.shared.mail;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxPageTest {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminSeesTheOwnTenantsMailsNewestFirstWithTheDemoNote() {
		UUID landkreis = tenant("landkreis-osnabrueck");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID first = this.outbox.queue(landkreis, "erste-" + marker + "@example.org", "Erste " + marker, "Text");
		UUID second = this.outbox.queue(landkreis, "zweite-" + marker + "@example.org", "Zweite " + marker,
				"Bitte folgen Sie https://teilhabe.example/invite/abc?x=1 zum Start.");

		HttpResponse<String> list = Http.loggedIn(this.port, "admin", "demo").get("/admin/outbox");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Demobetrieb: keine E-Mails werden versendet")
			.contains("zweite-" + marker + "@example.org")
			.contains("Wartet auf Versand");
		assertThat(list.body().indexOf("Zweite " + marker)).isLessThan(list.body().indexOf("Erste " + marker));
		assertThat(list.body()).contains("/admin/outbox/" + first);

		HttpResponse<String> detail = Http.loggedIn(this.port, "admin", "demo").get("/admin/outbox/" + second);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("Bitte folgen Sie")
			.containsPattern("<a class=\"kern-link\"\\s+href=\"https://teilhabe.example/invite/abc\\?x=1\">")
			.contains("zum Start.");
	}

	@Test
	void anotherTenantsAdminNeitherListsNorOpensTheMail() {
		UUID landkreis = tenant("landkreis-osnabrueck");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID mail = this.outbox.queue(landkreis, "geheim-" + marker + "@example.org", "Geheim " + marker, "Text");
		Http stadtAdmin = Http.loggedIn(this.port, "stadt-admin", "demo");
		assertThat(stadtAdmin.get("/admin/outbox").body()).doesNotContain(marker);
		assertThat(stadtAdmin.get("/admin/outbox/" + mail).statusCode()).isEqualTo(404);
	}

	@Test
	void badIdsAndOtherRolesAreRefused() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		assertThat(admin.get("/admin/outbox/not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(admin.get("/admin/outbox/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(Http.loggedIn(this.port, "datenschutz", "demo").get("/admin/outbox").statusCode()).isEqualTo(403);
		assertThat(new Http(this.port).get("/admin/outbox").statusCode()).isEqualTo(302);
	}

	@Test
	void bodySplitsIntoTextAndLinks() {
		assertThat(OutboxController.split("a http://x.example/y b", false)).containsExactly(
				new OutboxController.BodyPart("a ", false), new OutboxController.BodyPart("http://x.example/y", true),
				new OutboxController.BodyPart(" b", false));
		assertThat(OutboxController.split("javascript:alert(1)", false))
			.containsExactly(new OutboxController.BodyPart("javascript:alert(1)", false));
		assertThat(OutboxController.split("a https://x.example/invitation/geheim?x=1 b", true)).as("masked")
			.containsExactly(new OutboxController.BodyPart("a ", false),
					new OutboxController.BodyPart("https://x.example/…", false),
					new OutboxController.BodyPart(" b", false));
	}

	private UUID tenant(String slug) {
		return this.jdbc.sql("SELECT id FROM tenant WHERE slug = ?").param(slug).query(UUID.class).single();
	}

}
