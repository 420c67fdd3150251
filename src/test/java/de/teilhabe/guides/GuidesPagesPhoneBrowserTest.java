package de.teilhabe.guides;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's lists of the guides module on a 390 px phone, in the demo Landkreis:
 * the batch proposal page (and a proposal computed there), the requests and the guides;
 * each passes axe-core and is not wider than the screen.
 */
class GuidesPagesPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCoordinatorsListsFitAPhone() {
		this.browser.login("koordination", "demo");

		this.browser.open("/guides/matching");
		assertThat(this.browser.find("main [role=status]").getText()).contains("offene");
		assertFitsTheScreen();
		this.browser.click("main form[action='/guides/matching'] button[type=submit]");
		assertThat(this.browser.path()).startsWith("/guides/matching/runs/");
		assertFitsTheScreen();

		this.browser.open("/guides/requests");
		assertThat(this.browser.find("main").getText()).contains("Quakenbrück");
		assertFitsTheScreen();

		this.browser.open("/guides/profiles");
		assertThat(this.browser.find("main").getText()).contains("Leyla Haddad");
		assertFitsTheScreen();
		this.browser.logout();
	}

	private void assertFitsTheScreen() {
		Object width = ((JavascriptExecutor) this.browser.driver())
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("the width of " + this.browser.path())
			.isLessThanOrEqualTo(Screen.PHONE.width());
	}

}
