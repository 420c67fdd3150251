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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy officer records a withdrawal from the person's page: the consent's page,
 * the confirmation, the recorded state (axe-core on every page).
 */
@IntegrationTest
class ConsentWithdrawalBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, ConsentWithdrawalPhoneBrowserTest, running
	 * the same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void privacyOfficerWithdrawsAConsentOnThePersonsBehalf() {
		UUID landkreis = this.jdbc.sql("SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck'")
			.query(UUID.class)
			.single();
		String purpose = "test.withdraw" + UUID.randomUUID().toString().substring(0, 8);
		this.consents.defineText(new ConsentText(landkreis, purpose, 1, "de", "Weitergabe an die Beratung",
				"Ich willige ein, dass meine Angaben an die Beratungsstelle weitergegeben werden.", null));
		String client = "w-" + UUID.randomUUID();
		this.consents.record(new NewConsent(landkreis, "client", client, purpose, 1, "de",
				OffsetDateTime.now().minusDays(2), HowGiven.WRITTEN));

		this.browser.login("datenschutz", "demo");
		this.browser.open("/privacy/subjects?type=client&id=" + client);
		assertThat(this.browser.find("#subject-consents").getText()).contains("Weitergabe an die Beratung")
			.doesNotContain(purpose)
			.contains("gültig");
		this.browser.clickAndWait("#subject-consents a");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#consent-details").getText()).contains("schriftlich").contains("gültig");

		this.browser.find("#note").sendKeys("per Brief");
		this.browser.scriptClick("#confirm");
		this.browser.clickAndWait("#withdrawal-form button");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#withdrawal-done").getText()).contains("Der Widerruf ist erfasst.");
		assertThat(this.browser.find("#consent-state").getText()).contains("widerrufen am").contains("erfasst von");
		assertThat(this.browser.findAll("#withdrawal-form")).isEmpty();
		this.browser.logout();
	}

}
