package de.teilhabe.network;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's journey in the browser: it edits an offer, the office approves the change
 * in the moderation queue, and the offer shows the new values; at the end the office
 * removes the organisation; axe-core checks every page on the way (lists, details, forms
 * with errors, the diff view, the removal's confirmation).
 */
@IntegrationTest
class NetworkBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, NetworkPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Test
	void partnerEditsOfferOfficeApprovesOfferIsVisible() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http setup = fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(setup, unique("Browserverein"));
		String oldTitle = unique("Nähcafé");
		UUID offer = createOffer(setup, organisation, oldTitle);
		TestUser partner = fixtures.partner(LANDKREIS, organisation);
		TestUser office = fixtures.access().create(LANDKREIS, "office", Role.STRATEGY);
		String newTitle = unique("Nähcafé für Frauen");

		this.browser.login(partner.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/mine");
		assertThat(this.browser.text()).contains(oldTitle);
		this.browser.open("/network/offers/" + offer + "/edit");
		WebElement title = this.browser.find("#title");
		title.clear();
		// languages are chosen by name: an unknown code cannot be entered any more
		Select languages = new Select(this.browser.find("#languages"));
		languages.deselectAll();
		languages.selectByVisibleText("Deutsch");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Bitte korrigieren Sie einen Fehler");
		this.browser.checkAccessibility();
		this.browser.find("#title").sendKeys(newTitle);
		new Select(this.browser.find("#languages")).selectByVisibleText("Persisch (Farsi) – فارسی");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("wartet auf Freigabe");
		this.browser.checkAccessibility();
		this.browser.open("/network/offers/" + offer);
		assertThat(this.browser.text()).contains(oldTitle).doesNotContain(newTitle);
		this.browser.logout();

		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/moderation");
		this.browser.click(this.browser.linkContaining("a[href*='/network/moderation/']", newTitle));
		assertThat(this.browser.text()).contains(oldTitle).contains(newTitle).contains("geändert");
		this.browser.submit("form[action$='/approve']");
		assertThat(this.browser.text()).contains("Die Änderung ist freigegeben");
		this.browser.checkAccessibility();
		this.browser.open("/network/offers?q=" + newTitle.replace(" ", "+"));
		assertThat(this.browser.text()).contains(newTitle);
		this.browser.open("/network/offers/" + offer);
		assertThat(this.browser.text()).contains(newTitle).contains("Deutsch, Persisch (Farsi) – فارسی");
		this.browser.open("/network/organisations/" + organisation);
		this.browser.open("/network/organisations/new");
		this.browser.open("/network/events");
		this.browser.open("/network/events/new");
		this.browser.open("/network/organisations/" + organisation + "/contacts/new");
		this.browser.open("/network/confirmations");
		this.browser.open("/network/organisations");
		// at the end the office removes the organisation, after the page that says what
		// goes
		this.browser.open("/network/organisations/" + organisation + "/remove");
		assertThat(this.browser.text()).contains("1 Angebot").contains("Endgültig entfernen");
		this.browser.submit("form[action$='/remove']");
		assertThat(this.browser.text()).contains("ist aus dem Netzwerk entfernt");
		this.browser.checkAccessibility();
		this.browser.logout();
	}

}
