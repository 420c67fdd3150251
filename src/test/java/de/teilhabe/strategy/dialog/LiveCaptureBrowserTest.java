package de.teilhabe.strategy.dialog;

import java.time.Duration;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.strategy.FormFilling;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator's journey of the Integrationsdialog: a dialog and a workshop, capture
 * opened, two phones (two browsers) join with the code and send statements without a page
 * reload, the facilitator's screen shows both arriving, the heatmap counts them. axe-core
 * on every page (the phones' pages at 390 px).
 */
class LiveCaptureBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, LiveCapturePhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Test
	void twoPhonesSendStatementsThatArriveOnTheFacilitatorsScreenAndInTheHeatmap() {
		String dialog = AccessFixtures.unique("Integrationsdialog");
		String workshop = AccessFixtures.unique("Bürgerwerkstatt");
		this.browser.login("strategie", "demo");
		String dialogPage = FormFilling.newDialogWithWorkshop(this.browser, dialog, workshop);

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
		this.browser.waiting(Duration.ofSeconds(20))
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

	/** A phone joins with the code and sends a statement without a page reload. */
	private void send(Browser phone, String code, String type, String text, String field) {
		phone.open("/w/" + code);
		FormFilling.sendStatement(phone, type, text, field);
	}

}
