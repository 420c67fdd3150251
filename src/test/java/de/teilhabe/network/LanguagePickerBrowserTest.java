package de.teilhabe.network;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office picks an organisation's languages by name: the filter box narrows the list,
 * the chosen languages are named below it, the page is axe-clean with and without the
 * script's additions and fits a 390 px phone; the form's legends stand above their
 * fields.
 */
class LanguagePickerBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficeFindsLanguagesByNameAndTheOrganisationShowsThem() {
		TestUser office = new NetworkFixtures(this.context, this.port).access()
			.create(LANDKREIS, "picker", Role.STRATEGY);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/organisations/new");

		// the legend "Grunddaten" stands above the first label, not beside it
		assertThat(number("var l = document.querySelector('fieldset > legend').getBoundingClientRect();"
				+ " var f = document.querySelector('fieldset > legend ~ .kern-form-input label').getBoundingClientRect();"
				+ " return f.top - l.bottom;"))
			.isGreaterThanOrEqualTo(0);

		WebElement filter = this.browser.find("#languages-filter");
		assertThat(this.browser.find("label[for='languages-filter']").getText()).isEqualTo("Sprachen filtern");
		filter.sendKeys("dari");
		assertThat(visibleOptions()).isEqualTo(1);
		new Select(this.browser.find("#languages")).selectByValue("prs");
		filter.clear();
		filter.sendKeys("arab");
		assertThat(visibleOptions()).isEqualTo(2); // Arabisch, and the chosen Dari stays
													// visible
		// Enter in the filter does not send the form but moves to the list
		filter.sendKeys(Keys.ENTER);
		assertThat(this.browser.path()).isEqualTo("/network/organisations/new");
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("languages");
		new Select(this.browser.find("#languages")).selectByVisibleText("Arabisch – العربية");
		assertThat(this.browser.find("#languages-chosen").getText())
			.isEqualTo("Gewählt: Arabisch – العربية, Dari – دری");
		this.browser.checkAccessibility();

		String name = unique("Sprachbrücke");
		this.browser.find("#name").sendKeys(name);
		new Select(this.browser.find("#kind")).selectByValue("MSO");
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains(name).contains("Arabisch – العربية, Dari – دری");

		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			this.browser.open("/network/organisations/new");
			assertThat(number("return document.getElementById('languages').getBoundingClientRect().right;"))
				.isLessThanOrEqualTo(390);
			assertThat(number("return document.getElementById('languages-filter').getBoundingClientRect().right;"))
				.isLessThanOrEqualTo(390);
		}
		finally {
			this.browser.driver().manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	private long visibleOptions() {
		return number("return Array.prototype.filter.call(document.getElementById('languages').options,"
				+ " function (o) { return !o.hidden; }).length;");
	}

	private long number(String script) {
		Object value = ((JavascriptExecutor) this.browser.driver()).executeScript(script);
		return Math.round(((Number) value).doubleValue());
	}

}
