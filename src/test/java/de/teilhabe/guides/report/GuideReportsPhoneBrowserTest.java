package de.teilhabe.guides.report;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page of the demo Landkreis on a 390 px phone: the figures of the last 12
 * months with charts and tables, and a wrong month with its error at the field; axe-core
 * finds no violation and the page is not wider than the screen.
 */
class GuideReportsPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theReportFitsAPhone() {
		this.browser.login("koordination", "demo");
		this.browser.open("/guides/reports");
		String text = this.browser.find("main").getText();
		assertThat(text).contains("Anfragen ohne passende Lotsin oder passenden Lotsen nach Sprache")
			.contains("Tigrinya")
			.contains("Bestätigte Stunden je Monat");
		assertThat(this.browser.findAll("main svg")).hasSizeGreaterThanOrEqualTo(2);
		this.browser.checkWidth();

		this.browser.open("/guides/reports?from=2026-13&to=2026-11");
		assertThat(this.browser.find("#error-summary").getText()).contains("Von Monat");
		this.browser.checkWidth();
		this.browser.logout();
	}

}
