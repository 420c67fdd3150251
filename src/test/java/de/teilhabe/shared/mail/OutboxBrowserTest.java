package de.teilhabe.shared.mail;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, OutboxPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminReadsTheOutboxAndFollowsAMailsLink() {
		UUID landkreis = this.jdbc.sql("SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck'")
			.query(UUID.class)
			.single();
		String subject = "Einladung " + UUID.randomUUID().toString().substring(0, 8);
		this.outbox.queue(landkreis, "neu@example.org", subject,
				"Guten Tag,\n\nbitte legen Sie Ihr Passwort fest: http://127.0.0.1:" + this.port + "/login\n");

		this.browser.login("admin", "demo");
		this.browser.navigateTo("/admin/outbox");
		assertThat(this.browser.text()).contains("Demobetrieb: keine E-Mails werden versendet").contains(subject);

		this.browser.driver().findElement(By.linkText(subject)).click();
		this.browser.checkAccessibility();
		assertThat(this.browser.find("h1").getText()).isEqualTo(subject);
		assertThat(this.browser.find("#mail-body").getText()).contains("bitte legen Sie Ihr Passwort fest");

		this.browser.find("#mail-body a").click();
		assertThat(this.browser.path()).isEqualTo("/login");
	}

}
