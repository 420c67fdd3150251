package de.teilhabe.strategy.measure;

import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.strategy.measure.MeasureFixtures.Workshop;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Integrationskonferenz in the browser: the office merges two goals of a dialog,
 * plans a measure carried by an organisation right there, and the organisation's partner
 * signs in and adds a progress note; axe-core checks every page on the way (conference,
 * projector view, measure list, page and form).
 */
@IntegrationTest
class MeasureBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void conferenceMergesGoalsPlansAMeasureAndThePartnerReports() {
		MeasureFixtures fixtures = new MeasureFixtures(this.context, this.port);
		Http setup = fixtures.network().user(LANDKREIS, Role.STRATEGY);
		String organisationName = unique("Konferenzverein");
		UUID organisation = createOrganisation(setup, organisationName);
		Workshop workshop = fixtures.workshop(LANDKREIS, unique("Workshop Bürgermeister"));
		String keptTitle = unique("Mehr Ehrenamtliche mit Migrationsgeschichte");
		String mergedTitle = unique("Ehrenamt für Zugewanderte öffnen");
		UUID kept = fixtures.goal(LANDKREIS, "Gesellschaftliche Teilhabe und Ehrenamt", keptTitle, workshop);
		UUID merged = fixtures.goal(LANDKREIS, "Gesellschaftliche Teilhabe und Ehrenamt", mergedTitle, workshop);
		fixtures.statement(LANDKREIS, merged, workshop, "CHALLENGE", "Vereine kennen die Zugewanderten nicht");
		TestUser office = fixtures.network().access().create(LANDKREIS, "konferenz", Role.STRATEGY);
		TestUser partner = fixtures.network().partner(LANDKREIS, organisation);
		String title = unique("Ehrenamtsbörse der Kulturen");

		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.open("/strategy/conference?dialog=" + workshop.dialog());
		assertThat(this.browser.text()).contains(keptTitle).contains(mergedTitle);
		this.browser.scriptClick("#goal-" + kept).scriptClick("#goal-" + merged).scriptClick("#into-" + kept);
		this.browser.clickAndWait("#conference-form .actions button");
		assertThat(this.browser.text()).contains("Die Ziele sind zusammengeführt.")
			.contains("1 zusammengeführtes Ziel")
			.contains("Herausforderung: Vereine kennen die Zugewanderten nicht");

		this.browser.scriptClick("#goal-" + kept);
		this.browser.find("#title").sendKeys(title);
		new Select(this.browser.find("#leadOrganisation")).selectByVisibleText(organisationName);
		this.browser.clickAndWait("button[formaction='/strategy/conference/measures']");
		assertThat(this.browser.text()).contains("Die Maßnahme ist gespeichert.").contains("Maßnahmen: " + title);
		this.browser.open("/strategy/conference/present?dialog=" + workshop.dialog());
		assertThat(this.browser.text()).contains(keptTitle).contains(title);
		this.browser.open("/strategy/measures?organisation=" + organisation);
		this.browser.click(this.browser.linkContaining("a[href*='/strategy/measures/']", title));
		assertThat(this.browser.text()).contains(organisationName).contains(keptTitle).contains("geplant");
		this.browser.open("/strategy/measures/new");
		this.browser.logout();

		this.browser.login(partner.username(), AccessFixtures.PASSWORD);
		assertThat(this.browser.text()).contains("Maßnahme Ihrer Organisation");
		this.browser.open("/strategy/measures");
		this.browser.click(this.browser.linkContaining("a[href*='/strategy/measures/']", title));
		new Select(this.browser.find("#status")).selectByValue("RUNNING");
		this.browser.submit("form[action$='/status']");
		assertThat(this.browser.text()).contains("Der Stand ist geändert.").contains("läuft");
		this.browser.checkAccessibility();
		this.browser.submit("form[action$='/notes']");
		assertThat(this.browser.text()).contains("Bitte korrigieren Sie einen Fehler");
		this.browser.checkAccessibility();
		this.browser.find("#text").sendKeys("Erste Vereine haben Patenschaften angeboten.");
		this.browser.submit("form[action$='/notes']");
		assertThat(this.browser.text()).contains("Der Fortschritt ist eingetragen.")
			.contains("Erste Vereine haben Patenschaften angeboten.")
			.contains(partner.username());
		this.browser.checkAccessibility();
		this.browser.logout();
	}

}
