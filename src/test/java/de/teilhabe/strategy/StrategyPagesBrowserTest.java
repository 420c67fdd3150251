package de.teilhabe.strategy;

import java.net.http.HttpResponse;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.strategy.FormFilling.sendStatement;
import static de.teilhabe.strategy.FormFilling.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the strategy module that the journeys of its parts do not pass: the
 * tolerance setting, the stakeholder groups, a workshop's named participant (with
 * consent), a statement's page, the protocol and the figures handout, the dialog and
 * workshop forms, the join page after capture closed, a goal's page and its form, and a
 * Handlungsfeld of a draft concept; axe-core checks each, also after a form answered with
 * errors.
 */
class StrategyPagesBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageOfTheModulePassesTheChecks() {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		Http setup = network.user(LANDKREIS, Role.STRATEGY);
		String dialog = unique("Integrationsdialog Seiten");
		String workshop = unique("Workshop Ehrenamtliche");
		HttpResponse<String> created = AccessFixtures.post(setup, "/strategy/dialogs/new", "/strategy/dialogs", "title",
				dialog, "startedOn", "2017-04-03", "concept", "Migrations- und Integrationskonzept 2018–2022");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String dialogPage = AccessFixtures.location(created).replaceFirst("^https?://[^/]+", "");
		created = AccessFixtures.post(setup, dialogPage + "/workshops/new", dialogPage + "/workshops", "title",
				workshop, "date", "2017-06-20", "time", "17:30", "place", "Rathaus Bramsche", "group", "Ehrenamtliche",
				"capacity", "30", "participantCount", "24");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String workshopPage = AccessFixtures.location(created).replaceFirst("^https?://[^/]+", "");
		TestUser office = network.access().create(LANDKREIS, "seiten", Role.STRATEGY);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);

		// the tolerance: a wrong value is refused naming the field, the same value saved
		this.browser.open("/strategy/settings");
		String tolerance = this.browser.find("#tolerance").getDomProperty("value");
		assertThat(tolerance).isNotBlank();
		type(this.browser, "tolerance", "120");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.find("#tolerance-error").getText()).isNotBlank();
		type(this.browser, "tolerance", tolerance);
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.find("main [role=status]").getText()).isNotBlank();
		assertThat(this.browser.find("#tolerance").getDomProperty("value")).isEqualTo(tolerance);

		// the stakeholder groups; a group without a name is refused
		this.browser.open("/strategy/stakeholder-groups");
		assertThat(this.browser.find("table").getText()).contains("Bürgermeister")
			.contains("Migrantenselbstorganisationen")
			.contains("Unternehmen");
		this.browser.click("form[action='/strategy/stakeholder-groups'] button[type=submit]");
		assertThat(this.browser.text()).contains("Bitte korrigieren");

		// the dialog's and the workshop's forms
		this.browser.open(dialogPage);
		this.browser.click("a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value")).isEqualTo(dialog);
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value")).isEqualTo(workshop);

		// a named participant only with consent
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/participants/new']");
		assertThat(this.browser.text()).contains("Einwilligung");
		type(this.browser, "name", "Aylin Demir");
		this.browser.find("#consentDate").clear();
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.text()).contains("Bitte korrigieren");
		new Select(this.browser.find("#consentHow")).selectByVisibleText("schriftlich");
		FormFilling.value(this.browser, "consentDate", "2017-06-20");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(workshopPage);
		assertThat(this.browser.text()).contains("„Aylin Demir“ ist als Teilnehmende eingetragen.");

		// a statement from the join page, then its page on the facilitator's side
		this.browser.click("form[action$='/capture/open'] button");
		this.browser.driver().get(this.browser.find("#join-url").getText());
		this.browser.checkAccessibility();
		sendStatement(this.browser, "CHALLENGE", "Ehrenamtliche brauchen feste Ansprechpersonen.", "Wohnen");
		String joinUrl = this.browser.driver().getCurrentUrl();
		this.browser.open(workshopPage + "/capture");
		this.browser.click("a[href*='/statements/']");
		assertThat(this.browser.find("blockquote").getText())
			.contains("Ehrenamtliche brauchen feste Ansprechpersonen.");
		new Select(this.browser.find("#field")).selectByVisibleText("Gesellschaftliche Teilhabe und Ehrenamt");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(workshopPage + "/capture");
		assertThat(this.browser.find("#feed").getText()).contains("Gesellschaftliche Teilhabe und Ehrenamt");

		// capture closed: the join page says so (410)
		this.browser.click("form[action$='/capture/close'] button");
		assertThat(this.browser.path()).isEqualTo(workshopPage);
		this.browser.driver().get(joinUrl);
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#join-panel .kern-title").getText()).isIn("Die Erfassung ist beendet",
				"Capture is closed");

		// the protocol and the figures handout
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/protocol']");
		assertThat(this.browser.text()).contains(workshop)
			.contains("Aylin Demir")
			.contains("Ehrenamtliche brauchen feste Ansprechpersonen.");
		this.browser.open(workshopPage);
		this.browser.click("a[href$='/handout']");
		assertThat(this.browser.text()).contains("Zahlen, Daten, Fakten").contains("Sprache und Bildung");

		// a goal's page and its form (a goal of the demo data)
		this.browser.navigateTo("/strategy/goals");
		this.browser.click(this.browser.linkContaining("main a[href^='/strategy/goals/']",
				"Mehr Einbürgerungen: 380 im Jahr bis 2028"));
		assertThat(this.browser.find("#status-reason").getText()).contains("2024 lag der Wert bei");
		assertThat(this.browser.find("dl.facts").getText()).contains("Landkreis Osnabrück");
		this.browser.click("main a[href$='/edit']");
		assertThat(this.browser.find("#title").getDomProperty("value"))
			.isEqualTo("Mehr Einbürgerungen: 380 im Jahr bis 2028");
		assertThat(new Select(this.browser.find("#region")).getFirstSelectedOption().getText())
			.isEqualTo("Landkreis Osnabrück");
		this.browser.logout();

		// a Handlungsfeld of a draft concept (the Stadt's)
		TestUser city = network.access().create(STADT, "seiten", Role.STRATEGY);
		this.browser.login(city.username(), AccessFixtures.PASSWORD);
		this.browser.open("/strategy/concepts");
		this.browser
			.click(this.browser.linkContaining("main a[href^='/strategy/concepts/']", "Vielfalt gemeinsam gestalten"));
		this.browser.click("main a[href*='/fields/']:not([href$='/new'])");
		assertThat(this.browser.find("#name").getDomProperty("value")).isNotBlank();
		this.browser.logout();
	}

}
