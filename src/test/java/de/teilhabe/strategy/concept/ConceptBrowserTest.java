package de.teilhabe.strategy.concept;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concept journey in the browser, in a tenant of its own: the first version, its
 * Leitlinien and a new Handlungsfeld (a form with errors first), its adoption, a new
 * version as a copy, the comparison and the lists; axe-core checks every page.
 */
@IntegrationTest
class ConceptBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, ConceptPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Test
	void officeWritesAdoptsAndContinuesItsConcept() {
		AccessFixtures access = AccessFixtures.of(this.context);
		UUID tenant = this.tenants.create(AccessFixtures.unique("browser-kreis"), "Browser-Kreis", "03459", true).id();
		AccessFixtures.TestUser office = access.createIn(tenant, "konzept", Role.STRATEGY);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/strategy");
		assertThat(this.browser.text()).contains("Es gibt noch kein Integrationskonzept.");

		this.browser.open("/strategy/concepts/new");
		this.browser.find("#title").sendKeys("Konzept 2026–2030");
		this.browser.find("#horizonStart").sendKeys("2026");
		this.browser.find("#horizonEnd").sendKeys("2020");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Das Zieljahr darf nicht vor dem ersten Jahr liegen.");
		this.browser.checkAccessibility();
		this.browser.find("#horizonEnd").clear();
		this.browser.find("#horizonEnd").sendKeys("2030");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Die neue Version ist angelegt.").contains("Sprache und Bildung");
		this.browser.checkAccessibility();
		String version = this.browser.path();

		this.browser.open(version + "/guidelines");
		this.browser.find("#guidelines-0-text").sendKeys("Vielfalt gemeinsam gestalten.");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Vielfalt gemeinsam gestalten.");
		this.browser.checkAccessibility();

		this.browser.open(version + "/fields/new");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Bitte korrigieren");
		this.browser.checkAccessibility();
		this.browser.find("#name").sendKeys("Digitale Teilhabe");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Digitale Teilhabe");
		this.browser.checkAccessibility();
		this.browser.open(version + "/edit");

		this.browser.open(version + "/adoption");
		this.browser.find("#body").sendKeys("Rat der Stadt");
		this.browser.find("#date").sendKeys("01.02.2026");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("beschlossen").contains("nur noch lesbar");
		this.browser.checkAccessibility();

		this.browser.open("/strategy/concepts/new");
		this.browser.find("#title").sendKeys("Konzept 2031–2035");
		this.browser.submit("form.stack");
		assertThat(this.browser.text()).contains("Die neue Version ist angelegt.").contains("Digitale Teilhabe");
		this.browser.checkAccessibility();
		String second = this.browser.path();
		this.browser.open(second + "/comparison");
		assertThat(this.browser.text()).contains("Die beiden Versionen unterscheiden sich nicht.");
		this.browser.open("/strategy/concepts");
		assertThat(this.browser.text()).contains("Konzept 2026–2030").contains("Konzept 2031–2035");
		this.browser.open("/strategy");
		assertThat(this.browser.text()).contains("Aktuelle Version: Konzept 2026–2030");
		this.browser.logout();
	}

}
