package de.teilhabe.portal;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's side of two of the Wegweiser's inputs on a 390 px phone, with axe-core (no
 * violation) and no page wider than the screen: the counsellor's requests for counselling
 * from the public form (the list and a demo request), and the office's iCal import of
 * events.
 */
@IntegrationTest
class StaffInboxPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCounsellorReadsARequestAndTheOfficeOpensTheCalendarImport() {
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/web-requests").checkWidth();
		assertThat(this.browser.find("h1").getText()).isNotBlank();
		this.browser.click("main table a[href^='/counselling/web-requests/']").checkWidth();
		assertThat(this.browser.path()).startsWith("/counselling/web-requests/");
		this.browser.logout();

		this.browser.login("strategie", "demo");
		this.browser.open("/network/event-import").checkWidth();
		assertThat(this.browser.find("main form[method=post]")).isNotNull();
		this.browser.logout();
	}

}
