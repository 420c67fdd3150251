package de.teilhabe.portal;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser on a 390 px phone with the demo data: the public start page with its
 * topics and a page in German, Arabic (right to left) and Ukrainian, reached by the
 * topics, the children and the language switcher; then the office's page tree with the
 * translation queue, a page with its translations, the German form sent empty (its errors
 * named) and a translation's form beside the German text; the PDF link of a page and the
 * poster form of the office's page view. Each page passes axe-core and is not wider than
 * the screen.
 */
class PortalPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void thePublicPagesInThreeLanguagesAndTheOfficeFitAPhone() {
		this.browser.open("/p/landkreis-osnabrueck/de/").checkWidth();
		this.browser.click("a[href='/p/landkreis-osnabrueck/de/ankommen']").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Ankommen im Landkreis Osnabrück");
		this.browser.click("a[href='/p/landkreis-osnabrueck/de/ankommen/erste-schritte']").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Erste Schritte");

		this.browser.click(".language-switch a[hreflang='ar']").checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("ar");
		assertThat(this.browser.find("h1").getText()).isEqualTo("الخطوات الأولى");
		this.browser.open("/p/landkreis-osnabrueck/ar/ankommen/wohnsitz-anmelden").checkWidth();
		assertThat(this.browser.find(".portal-note").getText()).contains("هذه الترجمة أقدم من النص الألماني");
		this.browser.open("/p/landkreis-osnabrueck/ar/notfall").checkWidth();
		this.browser.open("/p/landkreis-osnabrueck/ar/wohnen/muell-trennen").checkWidth();
		assertThat(this.browser.find("article").getAttribute("lang")).isEqualTo("de");

		this.browser.open("/p/landkreis-osnabrueck/uk/ankommen/erste-schritte").checkWidth();
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("uk");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Перші кроки");
		// the page's PDF, in the reader's language
		assertThat(this.browser.find(".portal-print-link a").getAttribute("href"))
			.endsWith("/p/landkreis-osnabrueck/uk/drucken/ankommen/erste-schritte");
		assertThat(this.browser.find(".portal-print-link a").getText()).isEqualTo("Завантажити цю сторінку як PDF");
		this.browser.open("/p/landkreis-osnabrueck/uk/schule-kita").checkWidth();
		assertThat(this.browser.find(".portal-note").getText()).contains("Цей переклад старіший");

		this.browser.login("strategie", "demo");
		this.browser.open("/portal").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Seitenbaum", "Übersetzungen: was zu tun ist");
		this.browser.open("/portal?language=ar").checkWidth();
		this.browser.click("main table a[href^='/portal/pages/']").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Übersetzungen", "Stand des deutschen Textes",
				"Aushang mit QR-Code");
		// the poster's languages by name
		assertThat(this.browser.find("#poster-language").getText()).contains("Deutsch", "Arabisch – العربية");
		this.browser.open("/portal/pages/new").checkWidth();
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Adresse (Teil)", "Titel", "Text");
		this.browser.open("/portal").click("main table a[href^='/portal/pages/']");
		String page = this.browser.path();
		this.browser.open(page + "/translations/ar").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Deutscher Text");
		this.browser.logout();
	}

}
