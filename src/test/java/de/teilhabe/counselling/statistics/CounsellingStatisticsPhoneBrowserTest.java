package de.teilhabe.counselling.statistics;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page of the Beratungsstelle on a 390 px phone, in the demo Landkreis
 * (Berna Beratung): the default table with its chart, a wide cross table (Gemeinden ×
 * months, scrolling in its own box), and a wrong choice named at its field; each passes
 * axe-core and is not wider than the screen.
 */
class CounsellingStatisticsPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theStatisticsFitAPhone() {
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/statistics");
		assertThat(this.browser.find("main h2").getText()).isEqualTo("Fälle (im Zeitraum eröffnet) nach Thema");
		assertThat(this.browser.find("main").getText()).contains("Insgesamt").contains("Leistungsbezug zu Beginn");
		this.browser.checkWidth();

		this.browser.open("/counselling/statistics?measure=CONTACTS&rows=GEMEINDE&columns=MONTH");
		assertThat(this.browser.find("main").getText()).contains("Quakenbrück");
		this.browser.checkWidth();

		this.browser.open("/counselling/statistics?measure=CASES&rows=CHANNEL");
		assertThat(this.browser.find("#error-summary").getText())
			.contains("gibt es nur bei Kontakten und Kontaktstunden.");
		this.browser.checkWidth();
		this.browser.logout();
	}

}
