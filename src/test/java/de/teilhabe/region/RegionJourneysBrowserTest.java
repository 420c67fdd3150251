package de.teilhabe.region;

import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser journeys of the region module, with axe-core on every page: region search to
 * region page; tenant settings edit to the public page.
 */
@IntegrationTest
class RegionJourneysBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, RegionJourneysPhoneBrowserTest, running the
	 * same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@AfterEach
	void forgetSession() {
		this.browser.driver().manage().deleteAllCookies();
	}

	private void saveSettings() {
		this.browser.submit("form[action='/admin/settings']");
	}

	@Test
	void searchARegionAndOpenIt() {
		this.browser.login("strategie", "demo");
		this.browser.navigateTo("/regions");
		assertThat(this.browser.text()).contains("Niedersachsen");
		this.browser.find("#q").sendKeys("Melle");
		this.browser.click("form.region-search button[type=submit]");
		this.browser.click("a[href='/regions/03459024']");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Melle, Stadt");
		assertThat(this.browser.text()).contains("46.588").contains("034590024024").contains("Destatis");
		this.browser.click(".breadcrumb a[href='/regions/03459']");
		assertThat(this.browser.text()).contains("358.080").contains("Artland");
		this.browser.open("/regions/034595401");
		assertThat(this.browser.text()).contains("Samtgemeinde").contains("Quakenbrück, Stadt");
		this.browser.logout();
	}

	@Test
	void thePublicPagesInArabicAndLeichteSpracheHaveTheirLanguageAndDirection() {
		this.browser.open("/p/stadt-osnabrueck/de/");
		this.browser.click("a[hreflang='ar']");
		WebElement html = this.browser.find("html");
		assertThat(html.getAttribute("lang")).isEqualTo("ar");
		assertThat(html.getAttribute("dir")).isEqualTo("rtl");
		this.browser.click("a[hreflang='de-x-ls']");
		html = this.browser.find("html");
		assertThat(html.getAttribute("lang")).isEqualTo("de-x-ls");
		assertThat(html.getAttribute("dir")).isEqualTo("ltr");
	}

	@Test
	void adminEditsSettingsAndThePublicPageShowsThem() {
		String office = "Integrationsbüro " + UUID.randomUUID().toString().substring(0, 8);
		this.browser.login("stadt-admin", "demo");
		this.browser.navigateTo("/admin/settings");
		WebElement officeName = this.browser.find("#officeName");
		String before = officeName.getAttribute("value");
		try {
			officeName.clear();
			officeName.sendKeys(office);
			WebElement postcode = this.browser.find("#postcode");
			String postcodeBefore = postcode.getAttribute("value");
			postcode.clear();
			postcode.sendKeys("4907");
			saveSettings();
			this.browser.checkAccessibility(); // the form with its error messages
			assertThat(this.browser.find("#postcode-error").getText()).contains("5 Ziffern");
			postcode = this.browser.find("#postcode");
			postcode.clear();
			postcode.sendKeys((postcodeBefore == null || postcodeBefore.isEmpty()) ? "49074" : postcodeBefore);
			saveSettings();
			this.browser.checkAccessibility();
			assertThat(this.browser.text()).contains("Die Einstellungen sind gespeichert.");

			this.browser.open("/p/stadt-osnabrueck/de/");
			assertThat(this.browser.find("h1").getText()).isEqualTo(office);
			this.browser.click("footer a[href='/p/stadt-osnabrueck/de/impressum']");
			this.browser.click("a[hreflang='en']");
			assertThat(this.browser.find("h1").getText()).isEqualTo("Imprint");
			this.browser.open("/p/gibt-es-nicht/de/");
			assertThat(this.browser.find("h1").getText()).isEqualTo("Seite nicht gefunden");
		}
		finally {
			this.browser.open("/admin/settings");
			WebElement restore = this.browser.find("#officeName");
			restore.clear();
			restore.sendKeys(before);
			saveSettings();
			this.browser.logout();
		}
	}

}
