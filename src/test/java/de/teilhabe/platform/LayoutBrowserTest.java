package de.teilhabe.platform;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The common layout in a real browser: keyboard access (skip link, visible focus), the
 * language switch, htmx, the error page; axe-core checks every page visited.
 */
@IntegrationTest
class LayoutBrowserTest extends BrowserTest {

	@Test
	void skipLinkComesFirstAndFocusIsVisible() {
		this.browser.open("/gibt-es-nicht?lang=de"); // the login page focuses its first
														// field
		new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = this.browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("skip-link");
		assertThat(focused.getRect().getX()).as("the skip link is on screen when focused").isGreaterThanOrEqualTo(0);
		assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void languageSwitchKeepsThePageAndIsRemembered() {
		this.browser.open("/login?lang=de");
		this.browser.open("/login?error");
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("de");
		this.browser.click(".language-switch a[lang=en]");
		assertThat(this.browser.path()).isEqualTo("/login?error&lang=en");
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("en");
		this.browser.open("/gibt-es-nicht");
		assertThat(this.browser.text()).contains("Page not found");
		this.browser.click(".language-switch a[lang=de]");
		assertThat(this.browser.text()).contains("Seite nicht gefunden");
	}

	@Test
	void signedInPagesLoadHtmxAndKeepAxeQuiet() {
		this.browser.login("koordination", "demo");
		try {
			// on a wide screen the navigation's sections show without the phone's menu
			// button
			assertThat(this.browser.find("nav.main-nav summary").isDisplayed()).isFalse();
			assertThat(this.browser.find("nav.main-nav a[href='/network/organisations']").isDisplayed()).isTrue();
			assertThat(this.browser.find("nav.main-nav .main-nav__group").getText())
				.isEqualToIgnoringCase("Monitoring");
			Object htmx = ((JavascriptExecutor) this.browser.driver()).executeScript("return typeof htmx");
			assertThat(htmx).isEqualTo("object");
			assertThat(this.browser.find(".demo-banner").getText()).contains("Demo");
			this.browser.open("/?lang=en");
			assertThat(this.browser.text()).contains("Welcome");
			this.browser.open("/gibt-es-nicht/seite");
			assertThat(this.browser.text()).contains("Page not found");
			this.browser.open("/?lang=de");
		}
		finally {
			this.browser.logout();
		}
	}

	@Test
	void theAccessibilityCheckFailsOnAViolationAndNamesIt() {
		this.browser.open("/login");
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"const image = document.createElement('img'); image.id = 'no-text'; image.src = '/favicon.ico';"
						+ " document.querySelector('main').append(image);");
		assertThatThrownBy(() -> this.browser.checkAccessibility()).isInstanceOf(AssertionError.class)
			.hasMessageContaining("axe violations on")
			.hasMessageContaining("image-alt")
			.hasMessageContaining("#no-text");
	}

}
