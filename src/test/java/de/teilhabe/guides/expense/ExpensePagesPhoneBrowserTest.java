package de.teilhabe.guides.expense;

import de.teilhabe.support.BerlinTime;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expense statements of the demo Landkreis on a 390 px phone, every page checked with
 * axe-core and its width: the coordinator's overview of the year of Leyla Haddad's
 * approved work (last month), her statement (its heading once showed the page title's
 * markup), the page of rates and caps per year, and {@code lotse}'s own statements.
 */
class ExpensePagesPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theStatementsFitAPhone() {
		int year = BerlinTime.today().minusMonths(1).getYear();
		this.browser.login("koordination", "demo");
		this.browser.open("/guides/expenses?year=" + year);
		assertThat(this.browser.find("main").getText()).contains("Aufwandsentschädigungen").contains("Leyla Haddad");
		this.browser.checkWidth();

		this.browser.click(this.browser.linkContaining("main table a[href^='/guides/expenses/']", "Leyla Haddad"));
		this.browser.checkAccessibility();
		assertThat(this.browser.find("h1").getText()).startsWith("Abrechnung").endsWith("Leyla Haddad");
		assertThat(this.browser.find("main").getText()).contains("Ehrenamtspauschale " + year);
		this.browser.checkWidth();

		// the rates and caps per year: the table scrolls in its box (a visually hidden
		// column label once widened the page to 557 px), the form below it
		this.browser.open("/guides/expenses/years");
		assertThat(this.browser.find("main").getText()).contains("Sätze und Ehrenamtspauschale").contains("960,00 €");
		this.browser.checkWidth();

		this.browser.logout();

		this.browser.login("lotse", "demo");
		this.browser.open("/guides/me/expenses?year=" + year);
		assertThat(this.browser.find("main").getText()).contains("Ehrenamtspauschale " + year);
		this.browser.checkWidth();
		this.browser.logout();
	}

}
