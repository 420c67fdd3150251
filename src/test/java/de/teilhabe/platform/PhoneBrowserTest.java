package de.teilhabe.platform;

import java.util.List;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every demo role on a 390 px phone: the start page with the menu closed (the navigation
 * takes one line, not the first screen), the menu opens without JavaScript, and every
 * page of the role's navigation fits the width (axe-core and the width check on each);
 * the public pages too.
 */
@IntegrationTest
class PhoneBrowserTest extends BrowserTest {

	/** The office's forms that no phone journey opens otherwise. */
	private static final List<String> FORMS = List.of("/admin/users/new", "/statistics/upload", "/indicators/new",
			"/network/projects/new", "/network/support/trainings/new", "/network/support/opening/new",
			"/network/committees/new", "/network/import");

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	/**
	 * Every role signs in; the roles whose pages are not all part of another's (ADMIN has
	 * every page of STRATEGY, COUNSELLOR, GUIDE_COORDINATOR and COUNCIL_OFFICE) walk
	 * their whole navigation.
	 */
	@ParameterizedTest(name = "{0} on a phone")
	@CsvSource({ "admin, true", "strategie, false", "beratung, false", "koordination, false", "lotse, false",
			"beirat, false", "partner, true", "datenschutz, true" })
	void everyPageOfTheNavigationFitsAPhone(String username, boolean walkEveryPage) {
		this.browser.login(username, "demo");
		try {
			assertThat(((JavascriptExecutor) this.browser.driver())
				.executeScript("return document.documentElement.clientWidth")).isEqualTo(390L);
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
			if (walkEveryPage) {
				for (String page : pages) {
					this.browser.open(page);
				}
			}
			if (username.equals("admin")) {
				for (String form : FORMS) {
					this.browser.open(form);
				}
			}
		}
		finally {
			this.browser.logout();
		}
	}

	@Test
	void theWidthCheckFailsOnAPageWiderThanThePhone() {
		this.browser.open("/login");
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"const wide = document.createElement('div'); wide.id = 'too-wide'; wide.style.width = '600px';"
						+ " wide.textContent = 'x'; document.querySelector('main').append(wide);");
		assertThatThrownBy(() -> this.browser.checkWidth()).isInstanceOf(AssertionError.class)
			.hasMessageContaining("wider than a 390 px phone")
			.hasMessageContaining("div#too-wide");
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
