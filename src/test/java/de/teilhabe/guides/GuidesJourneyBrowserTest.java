package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import de.teilhabe.strategy.FormFilling;
import de.teilhabe.support.Browser;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guides' journey in the demo Landkreis: the coordinator ({@code koordination}) finds
 * Leyla Haddad in the guide list and opens her profile, creates a request through the
 * form (Arabic, Bramsche, on a weekday within her availability, for the contact she
 * accompanied before), reads its candidates (Leyla first) and commissions her; Leyla
 * ({@code lotse}) then opens her page on a 390 px phone, accepts the assignment and sees
 * its brief but not the contact reference. axe-core checks every page visited.
 */
class GuidesJourneyBrowserTest extends BrowserTest {

	/** The contact reference of the family Leyla accompanied in the demo data. */
	private static final String CONTACT = "B-2026-0288";

	@Test
	void theCoordinatorCommissionsTheBestCandidateWhoAcceptsOnHerPhone() {
		String brief = unique("Termin bei der Ausländerbehörde, Unterlagen mitbringen");
		// five weeks ahead, away from the demo's coming week (its batch proposal)
		LocalDate day = BerlinTime.today().plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		this.browser.login("koordination", "demo");

		// the guide list, filtered by name, and Leyla's profile
		this.browser.open("/guides/profiles");
		FormFilling.type(this.browser, "q", "Leyla");
		this.browser.click("main form[role=search] button[type=submit]");
		assertThat(this.browser.find("main table").getText()).contains("Leyla Haddad");
		this.browser.click(this.browser.linkContaining("main table a[href^='/guides/profiles/']", "Leyla Haddad"));
		assertThat(this.browser.find("h1").getText()).contains("Leyla Haddad");
		assertThat(this.browser.text()).contains("Arabisch").contains("Bramsche");

		// a new request through the form, Gemeinde picked by name
		this.browser.open("/guides/requests/new");
		new Select(this.browser.find("#topic")).selectByValue("AUTHORITY");
		String bramsche = "Stadt Bramsche";
		new Select(this.browser.find("#gemeinde")).selectByVisibleText(bramsche);
		FormFilling.type(this.browser, "place", "Ausländerbehörde, Außenstelle Bramsche");
		FormFilling.value(this.browser, "date", day.toString());
		FormFilling.value(this.browser, "starts", "10:00");
		FormFilling.value(this.browser, "ends", "11:30");
		WebElement arabic = this.browser.find("label[for='languages-ar']");
		assertThat(arabic.getText()).contains("Arabisch");
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				arabic);
		arabic.click();
		assertThat(this.browser.find("#languages-ar").isSelected()).isTrue();
		FormFilling.type(this.browser, "contactReference", CONTACT);
		FormFilling.type(this.browser, "brief", brief);
		this.browser.click("main form button[type=submit]");
		assertThat(this.browser.path()).matches("/guides/requests/[0-9a-f-]{36}");
		String requestPage = this.browser.path();
		assertThat(this.browser.text()).contains(brief).contains(bramsche);

		// its candidates, best first: Leyla (her own Gemeinde, first language, the same
		// contact before); commissioned
		List<WebElement> candidates = this.browser.findAll("#candidates-heading ~ ol > li.candidate");
		assertThat(candidates).isNotEmpty();
		assertThat(candidates.get(0).getText()).contains("Leyla Haddad");
		this.browser.click("#candidates-heading ~ ol > li.candidate:first-child form button[type=submit]");
		assertThat(this.browser.path()).isEqualTo(requestPage);
		assertThat(this.browser.find("#assignments-heading").isDisplayed()).isTrue();
		assertThat(this.browser.text()).contains("Leyla Haddad").doesNotContain("Wer kann begleiten?");
		this.browser.logout();

		// Leyla on her phone: her assignments, the new one accepted; the brief, never the
		// contact reference
		try (Browser phone = new Browser(this.port, Screen.PHONE, "de-DE,de")) {
			phone.login("lotse", "demo");
			phone.open("/guides/me");
			WebElement mine = assignmentWith(phone, brief);
			assertThat(mine.getText()).contains("beauftragt").contains(bramsche);
			String accept = mine.findElement(By.cssSelector("form[action$='/accept']")).getDomAttribute("action");
			phone.click("form[action='" + accept + "'] button[type=submit]");
			assertThat(phone.path()).isEqualTo("/guides/me");
			assertThat(assignmentWith(phone, brief).getText()).contains("angenommen")
				.doesNotContain("Annehmen")
				.doesNotContain("Ablehnen");
			assertThat(phone.find("main").getText()).contains(brief).doesNotContain(CONTACT);
			assertThat(phone.driver().getPageSource()).doesNotContain(CONTACT);
			Object width = ((JavascriptExecutor) phone.driver())
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).isLessThanOrEqualTo(Screen.PHONE.width());

			// she logs her time as she would type it, on the phone (axe on every page)
			String work = assignmentWith(phone, brief).findElement(By.cssSelector("a[href^='/guides/me/assignments/']"))
				.getDomAttribute("href");
			phone.click("main a[href='" + work + "']");
			assertThat(phone.find("main").getText()).contains("Beauftragt durch")
				.contains("Konrad Koordination")
				.contains("Noch keine Zeiten eingetragen.");
			FormFilling.type(phone, "time", "1,5");
			FormFilling.type(phone, "kilometres", "12,5");
			FormFilling.type(phone, "note", "Hin- und Rückfahrt");
			phone.click("main form[action$='/entries'] button[type=submit]");
			assertThat(phone.path()).isEqualTo(work);
			assertThat(phone.find("main").getText()).contains("Die Zeit ist eingetragen.")
				.contains("1:30 Stunden, 12,5 km")
				.contains("Hin- und Rückfahrt");
			Object workWidth = ((JavascriptExecutor) phone.driver())
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) workWidth).intValue()).isLessThanOrEqualTo(Screen.PHONE.width());
			phone.logout();
		}
	}

	/** The assignment on the guide's page whose brief is given. */
	private static WebElement assignmentWith(Browser browser, String brief) {
		return browser.findAll("main li.assignment")
			.stream()
			.filter((item) -> item.getText().contains(brief))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no assignment with " + brief + " on " + browser.path()));
	}

}
