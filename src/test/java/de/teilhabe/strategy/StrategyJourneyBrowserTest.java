package de.teilhabe.strategy;

import java.time.Duration;
import java.util.Locale;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.strategy.FormFilling.newDialogWithWorkshop;
import static de.teilhabe.strategy.FormFilling.sendStatement;
import static de.teilhabe.strategy.FormFilling.tick;
import static de.teilhabe.strategy.FormFilling.tickInGroup;
import static de.teilhabe.strategy.FormFilling.type;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 13 in one go, as the integration office of the Landkreis Osnabrück
 * walks it: a workshop in a new dialog, live capture opened, two browser windows without
 * an account join with the code shown on the facilitator's screen and send statements,
 * which arrive on that screen without a reload; the dialog's heatmap counts them and a
 * cell leads to its statements; a SMART goal on a real indicator of the Landkreis
 * Osnabrück answering two of the statements, a measure carried by an organisation serving
 * that goal, and the controlling (its overview, then the Handlungsfeld's dashboard) shows
 * the goal with its status, the reason in words and the measure. axe-core checks every
 * page on the way (the windows' pages at 390 px).
 */
class StrategyJourneyBrowserTest extends BrowserTest {

	private static final String INDICATOR = "Einbürgerungen nach Niedersachsen (Anzahl)";

	@Autowired
	ApplicationContext context;

	@Test
	void fromTheWorkshopToTheControllingStatus() {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		String organisation = unique("Verein Einbürgerung fördern");
		NetworkFixtures.createOrganisation(network.user(LANDKREIS, Role.STRATEGY), organisation);
		TestUser office = network.access().create(LANDKREIS, "reise", Role.STRATEGY);
		String dialog = unique("Integrationsdialog");
		String workshop = unique("Bürgerwerkstatt");
		String goal = unique("Mehr Einbürgerungen im Landkreis Osnabrück");
		String measure = unique("Einbürgerungslotsen in den Gemeinden");

		// a workshop in a new dialog
		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		String dialogPage = newDialogWithWorkshop(this.browser, dialog, workshop);
		assertThat(this.browser.text()).contains("16.05.2017").contains("Kreishaus Osnabrück").contains("Bürger");

		// live capture: the facilitator's screen shows the join address and the code
		this.browser.click("form[action$='/capture/open'] button");
		String joinUrl = this.browser.find("#join-url").getText();
		String shownCode = this.browser.find("#join-code").getText();
		assertThat(shownCode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(joinUrl).endsWith("/w/" + shownCode.replace("-", ""));
		assertThat(this.browser.find("img[src$='/qr.svg']").getDomAttribute("alt")).contains(shownCode);
		assertThat(this.browser.text()).contains("Noch keine Aussagen");
		Object facilitatorScreen = ((JavascriptExecutor) this.browser.driver())
			.executeScript("return window.facilitatorScreen = Math.random()");

		// two windows without an account: one opens the address shown, the other types
		// the code as read (small letters, with its hyphen)
		try (Browser first = new Browser(this.port, Screen.PHONE);
				Browser second = new Browser(this.port, Screen.PHONE)) {
			first.driver().get(joinUrl);
			first.checkAccessibility();
			second.open("/w/" + shownCode.toLowerCase(Locale.ROOT));
			assertThat(first.text()).contains(workshop);
			assertThat(second.text()).contains(workshop);
			sendStatement(first, "WEAKNESS", "Bezahlbare Wohnungen fehlen in Bramsche.", "Wohnen");
			sendStatement(second, "WEAKNESS", "Wer neu zuzieht, findet keine Wohnung.", "Wohnen");
			sendStatement(second, "STRENGTH", "Die Sprachcafés in den Gemeinden tragen.", "Sprache und Bildung");
		}

		// the facilitator's screen shows them arriving, without a reload
		this.browser.waiting(Duration.ofSeconds(20)).until((driver) -> this.browser.text().contains("3 Aussagen"));
		assertThat(this.browser.text()).contains("Bezahlbare Wohnungen fehlen in Bramsche.")
			.contains("Wer neu zuzieht, findet keine Wohnung.")
			.contains("Die Sprachcafés in den Gemeinden tragen.")
			.doesNotContain("Noch keine Aussagen");
		assertThat(((JavascriptExecutor) this.browser.driver()).executeScript("return window.facilitatorScreen"))
			.as("the same page, not reloaded")
			.isEqualTo(facilitatorScreen);
		this.browser.checkAccessibility();

		// the heatmap of the dialog counts them; a cell leads to its statements
		this.browser.click("main a[href^='/strategy/workshops/']");
		assertThat(this.browser.find("h1").getText()).isEqualTo(workshop);
		this.browser.click("main a[href^='/strategy/dialogs/']");
		assertThat(this.browser.find("h1").getText()).isEqualTo(dialog);
		assertThat(this.browser.path()).isEqualTo(dialogPage);
		assertThat(this.browser.find("main table").getText()).contains(workshop).contains("Bürger");
		this.browser.click("a[href$='/priorities']");
		assertThat(this.browser.find("table.heatmap caption").getText()).isNotBlank();
		assertThat(this.browser.find("a[aria-label='2-mal Schwäche: Wohnen, Bürger']").getText()).isEqualTo("2");
		assertThat(this.browser.find("a[aria-label='1-mal Stärke: Sprache und Bildung, Bürger']").getText())
			.isEqualTo("1");
		assertThat(this.browser.findAll("table.heatmap a")).hasSize(2);
		this.browser.click("a[aria-label='2-mal Schwäche: Wohnen, Bürger']");
		assertThat(this.browser.find("#cell h2").getText()).contains("Wohnen").contains("Bürger");
		assertThat(this.browser.find("#cell").getText()).contains("Bezahlbare Wohnungen fehlen in Bramsche.")
			.contains("Wer neu zuzieht, findet keine Wohnung.")
			.doesNotContain("Sprachcafés");

		// a SMART goal on a real indicator of the Landkreis Osnabrück, picked by names
		this.browser.navigateTo("/strategy/goals");
		this.browser.click("a[href='/strategy/goals/new']");
		type(this.browser, "title", goal);
		new Select(this.browser.find("#field")).selectByVisibleText("Gesellschaftliche Teilhabe und Ehrenamt");
		new Select(this.browser.find("#indicator")).selectByVisibleText(INDICATOR);
		new Select(this.browser.find("#region")).selectByVisibleText("Landkreis Osnabrück");
		type(this.browser, "baselineValue", "298");
		type(this.browser, "baselineYear", "2018");
		type(this.browser, "targetValue", "380");
		type(this.browser, "targetYear", "2028");
		tick(this.browser, "organisations", organisation);
		// the statements it answers: the workshop's two on housing, in its group of the
		// dialog's statements
		tickInGroup(this.browser, "statements", workshop, "Bezahlbare Wohnungen fehlen in Bramsche.");
		tickInGroup(this.browser, "statements", workshop, "Wer neu zuzieht, findet keine Wohnung.");
		this.browser.checkAccessibility();
		this.browser.click("form.stack button[type='submit']");
		assertThat(this.browser.find("h1").getText()).isEqualTo(goal);
		String goalPage = this.browser.path();
		assertThat(this.browser.find("#answered-statements").getText())
			.contains("Bezahlbare Wohnungen fehlen in Bramsche.")
			.contains("Wer neu zuzieht, findet keine Wohnung.")
			.contains(workshop)
			.doesNotContain("Sprachcafés");
		// 2024 (the latest year with a value): 353 naturalisations, ahead of the
		// straight path from 298 (2018) to 380 (2028)
		String status = this.browser.find("#status-heading + p .kern-badge").getText();
		String reason = this.browser.find("#status-reason").getText();
		assertThat(status).isEqualTo("auf Kurs");
		assertThat(reason).isEqualTo("Auf Kurs: 2024 lag der Wert bei 353 Personen. Auf dem geraden Weg von "
				+ "298 Personen (2018) zu 380 Personen (2028) waren für 2024 347,2 Personen zu erwarten; "
				+ "der Wert liegt auf diesem Weg oder ist ihm voraus.");
		assertThat(this.browser.find("dl.facts").getText()).contains(INDICATOR)
			.contains("Landkreis Osnabrück")
			.contains("298")
			.contains("2018")
			.contains("380")
			.contains("2028")
			.contains(organisation);

		// a measure carried by the organisation, serving the goal
		this.browser.navigateTo("/strategy/measures");
		this.browser.click("a[href='/strategy/measures/new']");
		type(this.browser, "title", measure);
		tick(this.browser, "goals", goal);
		new Select(this.browser.find("#leadOrganisation")).selectByVisibleText(organisation);
		new Select(this.browser.find("#status")).selectByVisibleText("läuft");
		type(this.browser, "funding", "Land Niedersachsen, Richtlinie Migration und Teilhabe");
		this.browser.click("form.stack button[type='submit']");
		assertThat(this.browser.find("h1").getText()).isEqualTo(measure);
		assertThat(this.browser.text()).contains(organisation).contains(goal).contains("läuft");

		// the controlling: the overview names the Handlungsfeld with its goals per status
		// and its running measures, and leads to the field's dashboard with the goal, its
		// status, the reason in words and the measure serving it
		this.browser.navigateTo("/strategy/controlling");
		String field = "Gesellschaftliche Teilhabe und Ehrenamt";
		WebElement line = this.browser.driver()
			.findElement(By.xpath("//table[@id='summary']//tr[th/a[normalize-space()='" + field + "']]"));
		assertThat(line.getText()).containsPattern("\\d+ (läuft|laufen)");
		assertThat(this.browser.find("#summary thead").getText()).contains("auf Kurs");
		this.browser.click(this.browser.linkContaining("#summary a", field));
		assertThat(this.browser.find("h1").getText()).isEqualTo("Integrationscontrolling: " + field);
		WebElement row = this.browser.driver().findElement(By.xpath("//tr[th/a[@href='" + goalPage + "']]"));
		assertThat(row.getText()).contains(goal).contains(status).contains(reason).contains("1 läuft");
		assertThat(this.browser.find("#field-measures").getText()).contains(measure).contains("läuft");
		this.browser.click("a[href='" + goalPage + "']");
		assertThat(this.browser.find("h1").getText()).isEqualTo(goal);
		this.browser.logout();
	}

}
