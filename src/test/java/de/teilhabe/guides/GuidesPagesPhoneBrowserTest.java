package de.teilhabe.guides;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's lists of the guides module on a 390 px phone, in the demo Landkreis:
 * the batch proposal page (and a proposal computed there), the requests, the guides, the
 * approval of done assignments and the correction of an entry; and the guide's calendar
 * page; each passes axe-core and is not wider than the screen.
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

		// the approval of done assignments (the demo has one waiting) and the correction
		// of
		// an entry
		this.browser.open("/guides/approvals");
		assertThat(this.browser.find("main").getText()).contains("Svetlana Becker").contains("2:30 Stunden, 9,5 km");
		assertFitsTheScreen();
		this.browser.click(this.browser.linkContaining("main a[href^='/guides/approvals/']", "Svetlana Becker"));
		assertThat(this.browser.find("h1").getText()).startsWith("Eintrag vom");
		assertFitsTheScreen();
		this.browser.logout();

		// the guide's calendar page
		this.browser.login("lotse", "demo");
		this.browser.open("/guides/me/calendar");
		assertThat(this.browser.find("main").getText()).contains("Begleitungen im eigenen Kalender");
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
