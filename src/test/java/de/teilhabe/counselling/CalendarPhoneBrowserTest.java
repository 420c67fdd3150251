package de.teilhabe.counselling;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar on a 390 px phone with the demo data: the week of Berna Beratung with
 * today marked, the next week, an appointment's form, a new appointment (the client found
 * by name, the form with interpreting noted, its errors) and the start page with today's
 * appointments. Each page passes axe-core and is not wider than the screen (checked by
 * every open and click).
 */
class CalendarPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theCalendarFitsAPhone() {
		this.browser.login("beratung", "demo");
		assertThat(this.browser.find("main").getText()).contains("Heute:");
		this.browser.navigateTo("/counselling/calendar");
		assertThat(this.browser.find("main").getText()).contains("Woche vom").contains("heute");
		assertThat(this.browser.findAll("main [aria-current=date]")).hasSize(1);
		this.browser.click("main nav a[href*='week=']:last-child");
		assertThat(this.browser.find("main").getText()).contains("Woche vom");
		this.browser.click("main .appointment a[href^='/counselling/appointments/']");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Termin ändern");
		this.browser.open("/counselling/appointments/new?q=Mohamed");
		assertThat(this.browser.find("main [role=status]").getText()).contains("Treffer");
		this.browser.click("main ul a[href*='client=']");
		assertThat(this.browser.find("main").getText()).contains("Termin mit");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('endTime').value = '';");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("#error-summary").getText()).contains("Ende");
		this.browser.logout();
	}

}
