package de.teilhabe.browser;

import java.util.List;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo user signs in, sees the start page of their roles (axe-clean), switches the
 * language and signs out.
 */
@IntegrationTest
class LoginJourneyBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, LoginJourneyPhoneBrowserTest, running the
	 * same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@ParameterizedTest(name = "{0} signs in and sees the start page of {2}")
	@CsvSource(delimiter = '|', textBlock = """
			admin        | Anna Admin          | Administration                  | Benutzer
			strategie    | Stefan Strategie    | Strategie und Monitoring        | Regionen
			beratung     | Berna Beratung      | Beratung                        | Regionen
			koordination | Konrad Koordination | Koordination Integrationslotsen | Regionen
			lotse        | Leyla Lotsin        | Integrationslotsin/-lotse       | Mein Profil
			beirat       | Benedikt Beirat     | Geschäftsstelle Beirat          | Regionen
			partner      | Paula Partner       | Partnerorganisation             | Mein Profil
			datenschutz  | Dana Datenschutz    | Datenschutz                     | Audit-Log
			stadt-admin  | Sami Stadt-Admin    | Administration                  | Benutzer
			""")
	void demoUserSignsInAndSeesTheirStartPage(String username, String displayName, String role, String tile) {
		this.browser.login(username, "demo");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Willkommen, " + displayName);
		assertThat(this.browser.text()).contains("Ihre Rollen: " + role).contains("Demo");
		assertThat(tileTitles()).contains(tile);
		this.browser.logout();
		assertThat(this.browser.path()).startsWith("/login");
		this.browser.checkAccessibility();
	}

	@Test
	void partnerAndGuideSeeNoStaffTiles() {
		this.browser.login("lotse", "demo");
		assertThat(tileTitles()).doesNotContain("Benutzer", "Audit-Log", "Einstellungen");
		this.browser.logout();
	}

	@Test
	void languageSwitchTurnsTheStartPageEnglishAndBack() {
		this.browser.login("beratung", "demo");
		this.browser.click("a[hreflang=en]");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Welcome, Berna Beratung");
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("en");
		this.browser.open("/profile");
		assertThat(this.browser.text()).contains("My profile");
		this.browser.find("a[hreflang=de]").click();
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("de");
		assertThat(this.browser.text()).contains("Mein Profil");
		this.browser.logout();
	}

	private List<String> tileTitles() {
		return this.browser.findAll(".tiles .kern-title").stream().map(WebElement::getText).toList();
	}

}
