package de.teilhabe.portal.directory;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory of organisations and offers on a 390 px phone with the demo data, in
 * German and Arabic (right to left): the list, the filter form sent without JavaScript (a
 * Gemeinde picked by name, the cost), a filter not understood, an organisation's page
 * with its weekly hours and the holiday rule, an offer's page, the map of the Gemeinden
 * with their counts. The pages pass axe-core and none is wider than the screen.
 */
class DirectoryPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theDirectoryInGermanAndArabicFitsAPhone() {
		this.browser.open("/p/landkreis-osnabrueck/de/angebote").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Angebote und Organisationen");
		new Select(this.browser.find("#gemeinde")).selectByVisibleText("Quakenbrück, Stadt");
		this.browser.submit("form.directory-filter").checkAccessibility().checkWidth();
		assertThat(this.browser.path()).contains("gemeinde=03459030");
		assertThat(this.browser.find(".directory-results").getText()).contains("Beispiel-Wohlfahrtsverband Nordkreis",
				"Migrationsberatung für Erwachsene");
		this.browser.click(this.browser.linkContaining(".directory-results a", "Beispiel-Wohlfahrtsverband Nordkreis"))
			.checkAccessibility()
			.checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Beispiel-Wohlfahrtsverband Nordkreis");
		assertThat(this.browser.find("main").getText()).contains("Öffnungszeiten", "Montag", "09:00–12:00",
				"An gesetzlichen Feiertagen in Niedersachsen geschlossen");
		this.browser.click(this.browser.linkContaining("main a", "Migrationsberatung für Erwachsene")).checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Angeboten von", "kostenlos");
		this.browser.open("/p/landkreis-osnabrueck/de/angebote?gemeinde=00000000&kosten=egal").checkWidth();
		assertThat(this.browser.find("[role=alert]").getText()).contains("Diese Gemeinde gibt es hier nicht.");
		// the map (an SVG of the Gemeinden) and its table fit the phone
		this.browser.open("/p/landkreis-osnabrueck/de/angebote/gemeinden").checkAccessibility().checkWidth();
		assertThat(this.browser.find("svg.directory-map").isDisplayed()).isTrue();
		assertThat(this.browser.find(".directory-counts").getSize().getWidth()).isLessThanOrEqualTo(390);

		this.browser.open("/p/landkreis-osnabrueck/ar/angebote").checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("h1").getText()).isEqualTo("العروض والمنظمات");
		new Select(this.browser.find("#kosten")).selectByValue("kostenlos");
		this.browser.submit("form.directory-filter").checkAccessibility().checkWidth();
		assertThat(this.browser.find(".directory-results").getText())
			.contains("Hausaufgabenhilfe für Grundschulkinder");
		this.browser
			.click(this.browser.linkContaining(".directory-results a", "Hausaufgabenhilfe für Grundschulkinder"))
			.checkAccessibility()
			.checkWidth();
		assertThat(this.browser.find("h1").getAttribute("lang")).isEqualTo("de");
		// the offer's kind in Arabic, not marked German
		assertThat(this.browser.find(".directory-entry__kind").getText()).contains("مساعدة في الواجبات المدرسية");
		this.browser.open("/p/landkreis-osnabrueck/ar/angebote/gemeinden").checkAccessibility().checkWidth();
		assertThat(this.browser.find(".directory-counts").getSize().getWidth()).isLessThanOrEqualTo(390);
	}

}
