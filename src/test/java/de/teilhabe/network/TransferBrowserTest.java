package de.teilhabe.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser, with axe-core on every page: a partner adds a contact person, the
 * office approves it; the office imports a list through mapping and preview and looks at
 * the map.
 */
@IntegrationTest
class TransferBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, TransferPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Test
	void partnerAddsContactOfficeApprovesAndImportsAList() throws IOException {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http setup = fixtures.user(LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(setup, unique("Browserkontaktverein"));
		TestUser partner = fixtures.partner(LANDKREIS, organisation);
		TestUser office = fixtures.access().create(LANDKREIS, "office", Role.STRATEGY);
		String person = unique("Birgit Browser");

		this.browser.login(partner.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/organisations/" + organisation + "/contacts/new");
		this.browser.find("#name").sendKeys(person);
		this.browser.find("#email").sendKeys("kein-mail");
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains("Bitte korrigieren Sie");
		this.browser.checkAccessibility();
		this.browser.find("#email").clear();
		this.browser.find("#email").sendKeys("birgit@browser.example.org");
		this.browser.find("#consentHow option[value='WRITTEN']").click();
		this.browser.find("#consentDate").sendKeys("01022026");
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains("wartet auf Freigabe");
		this.browser.checkAccessibility();
		this.browser.logout();

		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/moderation");
		this.browser.clickAndWait(this.browser.linkContaining("a[href*='/network/moderation/']", person));
		this.browser.checkAccessibility();
		assertThat(this.browser.text()).contains("Kontaktperson").contains(person);
		this.browser.clickAndWait("form[action$='/approve'] button");
		assertThat(this.browser.text()).contains("Die Änderung ist freigegeben");
		this.browser.open("/network/organisations/" + organisation);
		assertThat(this.browser.text()).contains(person).contains("birgit@browser.example.org");

		// a name like no other (a shared prefix would make the import flag the
		// organisation
		// of an earlier run, e.g. of the phone twin, as a possible duplicate)
		String imported = "Verein " + new java.util.Random().ints(12, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		Path file = Files.createTempFile("organisationen-", ".csv");
		Files.writeString(file, "Name;PLZ;Ort\n" + imported + ";49205;" + unique("Hasbergen") + "\nOhne PLZ;12;X\n",
				StandardCharsets.UTF_8);
		this.browser.open("/network/import");
		this.browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains("Spalten zuordnen");
		this.browser.checkAccessibility();
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains("2 Zeilen: 1 fehlerfrei")
			.contains("Eine Postleitzahl hat fünf Ziffern.");
		this.browser.checkAccessibility();
		this.browser.clickAndWait("form.stack button[type=submit]");
		assertThat(this.browser.text()).contains("1 Organisation aus").contains("Eine Postleitzahl hat fünf Ziffern.");
		this.browser.checkAccessibility();
		Files.delete(file);
		this.browser.open("/network/map");
		assertThat(this.browser.text()).contains("Bramsche");
		this.browser.open("/network/organisations/" + organisation + "/contacts/new");
		this.browser.logout();
	}

}
