package de.teilhabe.network.graph;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.project.ProjectFixtures.createOrganisationOfKind;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's journey in the browser: it creates a project with partner organisations
 * (first with a mistake), finds it in the list and sees it connect the organisations in
 * the network graph; axe-core checks every page on the way, and the pages of MSO support
 * and committees.
 */
@IntegrationTest
class NetworkGraphBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, NetworkGraphPhoneBrowserTest, running the
	 * same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Test
	void officeCreatesProjectWithPartnersAndSeesItInTheGraph() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http setup = fixtures.user(LANDKREIS, Role.STRATEGY);
		String lead = unique("Journeyverein");
		String partner = unique("Journeyschule");
		UUID leadId = createOrganisation(setup, lead);
		UUID partnerId = createOrganisationOfKind(setup, partner, "SCHOOL");
		TestUser office = fixtures.access().create(LANDKREIS, "office", Role.STRATEGY);
		String title = unique("Lesepaten mehrsprachig");

		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/network/projects");
		this.browser.click("a[href$='/network/projects/new']");
		this.browser.find("#title").sendKeys(title);
		this.browser.find("#fieldsOfWork-EDUCATION").click();
		new Select(this.browser.find("#leadOrganisation")).selectByValue(leadId.toString());
		new Select(this.browser.find("#status")).selectByValue("RUNNING");
		new Select(this.browser.find("#partners-0-organisation")).selectByValue(partnerId.toString());
		this.browser.find("#partners-0-role").sendKeys("Räume und Lesepaten");
		this.browser.find("#budget").sendKeys("5000");
		this.browser.find("#funding-0-source").sendKeys("Stiftung Lesen (Beispiel)");
		this.browser.find("#funding-0-amount").sendKeys("6000");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Bitte korrigieren Sie einen Fehler").contains("mehr als das Budget");
		this.browser.checkAccessibility();
		this.browser.find("#funding-0-amount").clear();
		this.browser.find("#funding-0-amount").sendKeys("4000");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Die Angaben sind gespeichert.")
			.contains(title)
			.contains(partner)
			.contains("Räume und Lesepaten");
		this.browser.checkAccessibility();

		this.browser.open("/network/graph?field=EDUCATION");
		String svg = this.browser.driver().findElement(By.cssSelector("svg.network-graph")).getAttribute("outerHTML");
		assertThat(svg).contains(title).contains(lead).contains(partner);
		assertThat(this.browser.text()).contains("Dieselben Beziehungen als Liste").contains("(Räume und Lesepaten)");
		this.browser.open("/network/graph?kind=SCHOOL");
		assertThat(this.browser.text()).contains(title);
		this.browser.open("/network/organisations/" + partnerId);
		assertThat(this.browser.text()).contains("Unterstützung durch die Integrationsstelle").contains(title);

		this.browser.open("/network/support");
		// a training (demo data has two) and the edit form of an opening support
		this.browser.clickAndWait("a[href^='/network/support/trainings/']:not([href$='/new'])");
		assertThat(this.browser.find("h1").getText()).isNotBlank();
		this.browser.open("/network/support");
		this.browser.clickAndWait("a[href^='/network/support/opening/'][href$='/edit']");
		this.browser.open("/network/support/trainings/new");
		this.browser.open("/network/support/opening/new");
		this.browser.open("/network/committees");
		this.browser.click("a[href*='/network/committees/']:not([href$='/new'])");
		assertThat(this.browser.text()).contains("Mitglieder").contains("Sitzungen");
		// every form of the demo committee (it has members and meetings): its own, a new
		// member, a new meeting, and editing both
		this.browser.open("/network/committees");
		String committee = this.browser.driver()
			.findElement(org.openqa.selenium.By.linkText("Arbeitskreis Integration Landkreis Osnabrück"))
			.getDomAttribute("href");
		for (String form : new String[] { "a[href$='/edit'][href^='/network/committees/']",
				"a[href$='/memberships/new']", "a[href$='/meetings/new']", "a[href^='/network/committee-memberships/']",
				"a[href^='/network/committee-meetings/']" }) {
			this.browser.open(committee);
			this.browser.clickAndWait(form);
			assertThat(this.browser.find("main form[method=post]").isDisplayed()).as(form).isTrue();
		}
		this.browser.open("/network/committees/new");
		this.browser.logout();
	}

}
