package de.teilhabe.counselling;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counsellor's pages on a 390 px phone with the demo data: the start page, the
 * clients, a search in another transliteration, a client, its edit form and deputies, the
 * new-client form with its errors; and a colleague's break-glass page with its error.
 * Each page passes axe-core and is not wider than the screen (checked by every open and
 * click).
 */
class CounsellingPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCounsellorsPagesFitAPhone() {
		this.browser.login("beratung", "demo");
		assertThat(this.browser.find("main").getText()).contains("Personen in Ihrer Zuständigkeit");
		this.browser.navigateTo("/counselling/clients");
		assertThat(this.browser.find("main").getText()).contains("Klientennummer");
		this.browser.open("/counselling/clients?q=Mohamed");
		assertThat(this.browser.find("main [role=status]").getText()).contains("Treffer");
		this.browser.click("main table a[href^='/counselling/clients/']");
		assertThat(this.browser.find("main").getText()).contains("Klientennummer").contains("Jeder Aufruf");
		this.browser.click("main a[href$='/edit']");
		assertThat(this.browser.find("h1").getText()).startsWith("Angaben ändern");
		this.browser.open("/counselling/clients/new");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Vorname").contains("Nachname");
		this.browser.logout();

		this.browser.login("beratung2", "demo");
		this.browser.open("/counselling/clients?q=Mohamed");
		this.browser.click("main table a[href$='/break-glass']");
		assertThat(this.browser.find("h1").getText()).startsWith("Notfallzugriff auf K-");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Grund");
		this.browser.logout();
	}

}
