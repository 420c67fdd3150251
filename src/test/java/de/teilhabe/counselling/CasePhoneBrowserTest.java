package de.teilhabe.counselling;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case pages on a 390 px phone with the demo data: the case list and its filters, a
 * case management with its Förderplan, the form to open a case from a client's page with
 * its errors, and the short-contact form with its errors. Each page passes axe-core and
 * is not wider than the screen (checked by every open and click).
 */
class CasePhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCasePagesFitAPhone() {
		this.browser.login("beratung", "demo");
		this.browser.open("/counselling/cases");
		assertThat(this.browser.find("main").getText()).contains("Letzter Kontakt");
		this.browser.open("/counselling/cases?status=OPEN&kind=CASE_MANAGEMENT");
		this.browser.click("main table a[href^='/counselling/cases/']");
		assertThat(this.browser.find("main").getText()).contains("Förderplan").contains("Jeder Aufruf");
		String casePage = this.browser.path();
		this.browser.click("main a[href$='/edit']");
		assertThat(this.browser.find("main form").getText()).contains("Themen");
		this.browser.open(casePage);
		this.browser.click("main a[href^='/counselling/clients/']");
		this.browser.click("main #cases a[href$='/cases/new']");
		assertThat(this.browser.find("h1").getText()).startsWith("Fall anlegen für");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Themen");
		this.browser.open("/counselling/short-contacts/new");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Themen");
	}

}
