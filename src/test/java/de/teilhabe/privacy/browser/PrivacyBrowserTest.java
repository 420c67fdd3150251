package de.teilhabe.privacy.browser;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PrivacyBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, PrivacyPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void prepare() {
		this.browser.login("datenschutz", "demo");
	}

	@Test
	void privacyOfficerRunsTheRetentionRulesNow() {
		this.browser.navigateTo("/privacy/retention");
		assertThat(this.browser.text()).contains("Versandte E-Mails").contains("90 Tage nach dem Versand");

		// below the (now longer) table of rules: a script click, as a pointer click may
		// hit
		// what overlaps it at the window's edge
		this.browser.clickAndWait("#run-now button");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#retention-ran").getText()).contains("Regeln angewandt");
		assertThat(this.browser.find("#runs-table").getText()).contains("Widerrufene Einwilligungen")
			.contains("Von Hand gestartet");
	}

	@Test
	void privacyOfficerFindsASubjectAndDownloadsTheExport() {
		UUID landkreis = this.jdbc.sql("SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck'")
			.query(UUID.class)
			.single();
		String purpose = "test.browser" + UUID.randomUUID().toString().substring(0, 8);
		this.consents.defineText(new ConsentText(landkreis, purpose, 1, "de", "Weitergabe", "Ich willige ein.", null));
		String client = "b-" + UUID.randomUUID();
		this.consents.record(new NewConsent(landkreis, "client", client, purpose, 1, "de",
				OffsetDateTime.now().minusHours(1), HowGiven.ORAL));

		this.browser.open("/privacy/consents");
		assertThat(this.browser.find("#consents-table").getText()).contains(purpose);

		this.browser.navigateTo("/privacy/subjects");
		new Select(this.browser.find("#type")).selectByValue("client");
		this.browser.find("#id").sendKeys(client);
		this.browser.click("#subject-form button");
		assertThat(this.browser.find("#subject-result").getText()).contains("Einwilligungen");

		this.browser.find("#export-reason").sendKeys("Auskunftsantrag Browser");
		this.browser.clickAndWait("#export-form button");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#subject-report").getText()).contains("Auskunft nach Art. 15 DSGVO")
			.contains("Einwilligungen")
			.contains("Erteilt am")
			.doesNotContain("givenAt");
		assertThat(exportsAudited(landkreis, client)).as("the answer was shown and audited").isEqualTo(1);
	}

	private long exportsAudited(UUID tenant, String client) {
		for (int wait = 0; wait < 50; wait++) {
			long count = this.jdbc.sql("""
					SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'subject.exported'
					AND record_id = ? AND reason = 'Auskunftsantrag Browser'""")
				.params(tenant, "client:" + client)
				.query(Long.class)
				.single();
			if (count > 0) {
				return count;
			}
			sleep();
		}
		return 0;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
