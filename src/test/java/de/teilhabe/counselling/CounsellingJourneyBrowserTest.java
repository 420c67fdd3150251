package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import de.teilhabe.strategy.FormFilling;
import de.teilhabe.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counsellor's journey of issue 16 in the demo Landkreis: Berna Beratung
 * ({@code beratung}) enters a new client who speaks Tigrinya, records her consent to the
 * counselling, opens a counselling case on housing, records the first contact (the
 * interpreter hint shows, as the client speaks no German) with a follow-up in a week,
 * opens the contact's form to change it, and finds that follow-up among her
 * Wiedervorlagen. axe-core checks every page visited.
 */
class CounsellingJourneyBrowserTest extends BrowserTest {

	@Test
	void newClientConsentCaseContactAndFollowUp() {
		// a last name no other test uses, so that no duplicate warning comes up
		String lastName = "Tesfamariam" + letters(6);
		LocalDate today = BerlinTime.today();
		this.browser.login("beratung", "demo");

		// the new client
		this.browser.open("/counselling/clients/new");
		FormFilling.type(this.browser, "firstName", "Selam");
		FormFilling.type(this.browser, "lastName", lastName);
		FormFilling.type(this.browser, "birthYear", "1994");
		FormFilling.tick(this.browser, "languages", "Tigrinya");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.path()).matches("/counselling/clients/[0-9a-f-]{36}");
		assertThat(this.browser.find("h1").getText()).contains("Selam " + lastName);
		String clientPage = this.browser.path();

		// her consent to the counselling, given in writing today
		new Select(this.browser.find("#purpose")).selectByVisibleText("Beratung und Speicherung der Angaben");
		new Select(this.browser.find("#how")).selectByVisibleText("schriftlich");
		FormFilling.value(this.browser, "givenAt", today.toString());
		this.browser.submit("form[action$='/consents']");
		this.browser.checkAccessibility();
		assertThat(this.browser.path()).startsWith(clientPage);
		assertThat(this.browser.find("#consents").getText()).contains("Beratung und Speicherung der Angaben");

		// a counselling case on housing
		this.browser.click("main #cases a[href$='/cases/new']");
		new Select(this.browser.find("#kind")).selectByVisibleText("Beratung");
		FormFilling.tick(this.browser, "topics", "Wohnen");
		FormFilling.type(this.browser, "title", "Wohnungssuche nach Auszug aus der Gemeinschaftsunterkunft");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.path()).matches("/counselling/cases/[0-9a-f-]{36}");
		assertThat(this.browser.find("main").getText()).contains("Wohnungssuche nach Auszug")
			.contains("Wohnen")
			.contains("Selam " + lastName);

		// the first contact, in person with the interpreter hint, and a follow-up in a
		// week
		this.browser.click("main a[href$='/contacts']");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main form").getText()).contains("Dolmetschen nötig?");
		FormFilling.value(this.browser, "date", today.toString());
		FormFilling.value(this.browser, "time", "10:00");
		FormFilling.type(this.browser, "durationMinutes", "45");
		new Select(this.browser.find("#channel")).selectByVisibleText("persönlich");
		FormFilling.type(this.browser, "summary", "Wohnberechtigungsschein besprochen, Antrag ausgefüllt.");
		FormFilling.value(this.browser, "followUpOn", today.plusWeeks(1).toString());
		String followUp = "WBS-Bescheid nachfragen " + lastName;
		FormFilling.type(this.browser, "followUpTitle", followUp);
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main").getText()).contains("Wohnberechtigungsschein besprochen");
		this.browser.click("main a[href*='/contacts/'][href$='/edit']");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#summary").getText()).contains("Wohnberechtigungsschein besprochen");
		this.browser.click("main form a[href$='/contacts']");

		// the follow-up among her Wiedervorlagen
		this.browser.open("/counselling/tasks");
		assertThat(this.browser.find("main").getText()).contains(followUp);
	}

	/** Random lower-case letters: a name part no other test uses. */
	static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
