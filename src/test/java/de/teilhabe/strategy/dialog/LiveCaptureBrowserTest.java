package de.teilhabe.strategy.dialog;

import java.time.Duration;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator's journey of the Integrationsdialog: a dialog and a workshop, capture
 * opened, two phones (two browsers) join with the code and send statements without a page
 * reload, the facilitator's screen shows both arriving, the heatmap counts them. axe-core
 * on every page (the phones' pages at 390 px).
 */
class LiveCaptureBrowserTest extends BrowserTest {

	@Test
	void twoPhonesSendStatementsThatArriveOnTheFacilitatorsScreenAndInTheHeatmap() {
		String dialog = AccessFixtures.unique("Integrationsdialog");
		String workshop = AccessFixtures.unique("Bürgerwerkstatt");
		this.browser.login("strategie", "demo");
		this.browser.navigateTo("/strategy/dialogs");
		this.browser.click("a[href='/strategy/dialogs/new']");
		type(this.browser, "title", dialog);
		value(this.browser, "startedOn", "2017-04-03");
		new Select(this.browser.find("#concept")).selectByVisibleText(DialogFixtures.CONCEPT_2018);
		this.browser.click("form[action='/strategy/dialogs'] button[type=submit]");
		assertThat(this.browser.find("h1").getText()).isEqualTo(dialog);
		String dialogPage = this.browser.path();

		this.browser.click("a[href$='/workshops/new']");
		type(this.browser, "title", workshop);
		value(this.browser, "date", "2017-05-16");
		value(this.browser, "time", "18:00");
		type(this.browser, "place", "Kreishaus Osnabrück, Am Schölerberg 1");
		new Select(this.browser.find("#group")).selectByVisibleText("Bürger");
		type(this.browser, "facilitators", "Team Integration");
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.find("h1").getText()).isEqualTo(workshop);

		this.browser.click("form[action$='/capture/open'] button");
		String code = this.browser.find("#join-code").getText().replace("-", "");
		assertThat(this.browser.find("#join-url").getText()).endsWith("/w/" + code);
		assertThat(this.browser.text()).contains("Noch keine Aussagen");

		try (Browser first = new Browser(this.port, Screen.PHONE);
				Browser second = new Browser(this.port, Screen.PHONE)) {
			send(first, code, "WEAKNESS", "Bezahlbare Wohnungen fehlen in Bramsche.", "Wohnen");
			send(second, code, "STRENGTH", "Die Sprachcafés in den Gemeinden tragen.", "Sprache und Bildung");
		}

		// the facilitator's screen shows both without a reload (htmx polls the feed)
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until((driver) -> this.browser.text().contains("Bezahlbare Wohnungen fehlen in Bramsche.")
					&& this.browser.text().contains("Die Sprachcafés in den Gemeinden tragen."));
		assertThat(this.browser.text()).contains("2 Aussagen");
		this.browser.checkAccessibility();

		this.browser.open(dialogPage);
		this.browser.click("a[href$='/priorities']");
		String heatmap = this.browser.find("table.heatmap").getText();
		assertThat(heatmap).contains("Bürger").contains("Wohnen").contains("Sprache und Bildung");
		this.browser.click("a[aria-label='1-mal Schwäche: Wohnen, Bürger']");
		assertThat(this.browser.find("#cell").getText()).contains("Bezahlbare Wohnungen fehlen in Bramsche.");
	}

	/**
	 * A phone joins with the code and sends a statement; the page is not reloaded. The
	 * page speaks the browser's language (headless Chromium may ask for English).
	 */
	private void send(Browser phone, String code, String type, String text, String field) {
		phone.open("/w/" + code);
		Object marker = ((JavascriptExecutor) phone.driver()).executeScript("return window.joinMarker = Math.random()");
		phone.find("#type-" + type).click();
		phone.find("#text").sendKeys(text);
		new Select(phone.find("#field")).selectByVisibleText(field);
		phone.find("#join-panel button[type=submit]").click();
		try {
			new WebDriverWait(phone.driver(), Duration.ofSeconds(15))
				.until((driver) -> phone.text().contains("Ihre Aussage ist angekommen")
						|| phone.text().contains("your statement has arrived"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError(
					"no confirmation on " + phone.path() + ": " + phone.find("main").getAttribute("innerHTML"), ex);
		}
		assertThat(((JavascriptExecutor) phone.driver()).executeScript("return window.joinMarker"))
			.as("the same page, not reloaded")
			.isEqualTo(marker);
		assertThat(phone.find("#text").getAttribute("value")).isEmpty();
		phone.checkAccessibility();
	}

	private static void type(Browser browser, String id, String text) {
		browser.find("#" + id).clear();
		browser.find("#" + id).sendKeys(text);
	}

	/** Sets a date or time input (typing depends on the browser's locale). */
	private static void value(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("#" + id), value);
	}

}
