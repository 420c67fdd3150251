package de.teilhabe.portal;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's search on a 390 px phone: from the start page's search box in German
 * (umlauts written without), then from a page in Arabic (right to left) with the hit
 * marked, the German fallback's note, and the office's statistics page. Each page passes
 * axe-core and is not wider than the screen.
 */
class PortalSearchBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void searchInGermanAndArabicAndTheStatisticsFitAPhone() {
		this.browser.open("/p/landkreis-osnabrueck/de/").checkWidth();
		this.browser.find("#portal-search-q").sendKeys("Muell trennen");
		this.browser.submit("form.portal-search").checkAccessibility().checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Suche");
		assertThat(this.browser.find("main").getText()).contains("Müll trennen");
		this.browser.click("a[href='/p/landkreis-osnabrueck/de/wohnen/muell-trennen']").checkWidth();

		this.browser.open("/p/landkreis-osnabrueck/ar/ankommen/erste-schritte").checkWidth();
		this.browser.find("#portal-search-q").sendKeys("الخطوات");
		this.browser.submit("form.portal-search").checkAccessibility().checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("h1").getText()).isEqualTo("البحث");
		assertThat(this.browser.find("main mark").getText()).contains("الخطوات");

		this.browser.open("/p/landkreis-osnabrueck/ar/suche?q=Kaution").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("لم يتم العثور على شيء بلغتك");

		this.browser.login("strategie", "demo");
		this.browser.open("/portal/statistics").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Seitenaufrufe je Sprache und Woche",
				"Suchen ohne Treffer");
		this.browser.logout();
	}

}
