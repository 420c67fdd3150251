package de.teilhabe.platform;

import java.util.List;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role on a 390 px phone: the start page with the menu closed (the navigation
 * takes one line, not the first screen), the menu opens without JavaScript, and every
 * page of the role's navigation fits the width (axe-core and the width check on each);
 * the public pages too.
 */
@IntegrationTest
class PhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@ParameterizedTest(name = "{0} on a phone")
	@ValueSource(
			strings = { "admin", "strategie", "beratung", "koordination", "lotse", "beirat", "partner", "datenschutz" })
	void everyPageOfTheNavigationFitsAPhone(String username) {
		this.browser.login(username, "demo");
		try {
			WebElement menu = this.browser.find("nav.main-nav details");
			assertThat(menu.getDomAttribute("open")).as("the menu starts closed").isNull();
			int navigationHeight = this.browser.find("nav.main-nav").getRect().getHeight();
			assertThat(navigationHeight).as("the closed menu is one line").isLessThan(60);
			WebElement firstLink = this.browser.find("nav.main-nav details a[href='/']");
			assertThat(firstLink.isDisplayed()).isFalse();
			this.browser.find("nav.main-nav summary").click();
			assertThat(firstLink.isDisplayed()).as("the menu opens").isTrue();
			this.browser.checkAccessibility();

			List<String> pages = this.browser.findAll("nav.main-nav details a")
				.stream()
				.map((link) -> link.getDomAttribute("href"))
				.toList();
			assertThat(pages).hasSizeGreaterThan(1);
			for (String page : pages) {
				this.browser.open(page);
			}
		}
		finally {
			this.browser.logout();
		}
	}

	@Test
	void thePublicPagesFitAPhone() {
		for (String slug : new String[] { "landkreis-osnabrueck", "stadt-osnabrueck" }) {
			for (String page : new String[] { "", "impressum", "datenschutz" }) {
				this.browser.open("/p/" + slug + "/de/" + page);
			}
		}
		this.browser.open("/p/landkreis-osnabrueck/en/");
		assertThat(this.browser.text()).contains("Office hours");
	}

}
