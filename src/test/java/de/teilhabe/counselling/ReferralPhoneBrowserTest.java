package de.teilhabe.counselling;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral step on a 390 px phone: the demo counsellor opens a case with referrals,
 * prepares a referral to the demo partner organisation, sees the preview and sends it;
 * the demo partner sees its incoming referrals. Each page passes axe-core and is not
 * wider than the screen.
 */
class ReferralPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theReferralStepFitsAPhone() {
		UUID caseId = new ContactFixtures(this.jdbc).demoCase();
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/cases/" + caseId);
		assertThat(this.browser.find("#referrals-heading").getText()).isEqualTo("Vermittlungen");
		this.browser.open("/counselling/cases/" + caseId + "/referrals/new");
		Select organisation = new Select(this.browser.driver().findElement(By.id("organisationId")));
		organisation.getOptions()
			.stream()
			.filter((option) -> option.getText().startsWith("Brückenschlag"))
			.findFirst()
			.orElseThrow()
			.click();
		this.browser.driver().findElement(By.id("categories-NAME_AND_CONTACT")).click();
		this.browser.driver().findElement(By.id("categories-CONCERN")).click();
		this.browser.driver().findElement(By.id("description")).sendKeys("Elterncafé am Donnerstag");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#preview").getText()).contains("Vorschau: Das erhält Brückenschlag")
			.contains("Elterncafé am Donnerstag");
		if (this.browser.findAll("button[formaction]").isEmpty()) {
			// the demo client has no consent to passing on: the preview names it
			assertThat(this.browser.find("#preview").getText()).contains("Einwilligung fehlt");
		}
		else {
			this.browser.clickAndWait("button[formaction]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("Die Vermittlung ist gesendet.")
				.contains("Elterncafé am Donnerstag");
		}
		this.browser.open("/counselling/referrals");
		this.browser.logout();

		this.browser.login("partner", "demo");
		assertThat(this.browser.find("main").getText()).contains("Vermittlung");
		this.browser.open("/referrals/incoming");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Vermittlungen an unsere Organisation");
		this.browser.clickAndWait(this.browser.linkContaining("main article a", "Vermittlung vom"));
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("main").getText()).contains("protokolliert");
		this.browser.logout();
	}

}
