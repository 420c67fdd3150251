package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.time.LocalDate;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.strategy.FormFilling;
import de.teilhabe.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counsellor's journey of issue 17 in the demo Landkreis: Berna Beratung
 * ({@code beratung}) enters a client who speaks Tigrinya, records her consents to a
 * referral and to passing first name and phone to a guide, opens a case, refers it to the
 * demo partner organisation Brückenschlag after checking the preview, asks the Leitstelle
 * for a guide to accompany her to the Ausländerbehörde, records a discrimination
 * complaint on the housing market, and looks at the office's statistics. axe-core checks
 * every page visited.
 */
class CounsellingNetworkJourneyBrowserTest extends BrowserTest {

	@Test
	void caseReferralGuideRequestComplaintAndStatistics() {
		String lastName = "Ghebremariam" + CounsellingJourneyBrowserTest.letters(6);
		LocalDate today = BerlinTime.today();
		this.browser.login("beratung", "demo");

		// the client and her consents
		this.browser.open("/counselling/clients/new");
		FormFilling.type(this.browser, "firstName", "Senait");
		FormFilling.type(this.browser, "lastName", lastName);
		FormFilling.type(this.browser, "phone", "0541 4455667");
		FormFilling.tick(this.browser, "languages", "Tigrinya");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		String clientPage = this.browser.path();
		for (String purpose : new String[] { "Weitergabe bei einer Vermittlung",
				"Weitergabe an eine Integrationslotsin oder einen Integrationslotsen" }) {
			new Select(this.browser.find("#purpose")).selectByVisibleText(purpose);
			new Select(this.browser.find("#how")).selectByVisibleText("schriftlich");
			FormFilling.value(this.browser, "givenAt", today.toString());
			this.browser.submit("form[action$='/consents']");
			assertThat(this.browser.path()).startsWith(clientPage);
			assertThat(this.browser.find("#consents").getText()).contains(purpose);
		}

		// a case on residence law
		this.browser.click("main #cases a[href$='/cases/new']");
		new Select(this.browser.find("#kind")).selectByVisibleText("Beratung");
		FormFilling.tick(this.browser, "topics", "Aufenthaltsrecht");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		String casePage = this.browser.path();
		assertThat(casePage).matches("/counselling/cases/[0-9a-f-]{36}");

		// the referral: what is shared is previewed, then sent
		this.browser.open(casePage + "/referrals/new");
		new Select(this.browser.find("#organisationId")).getOptions()
			.stream()
			.filter((option) -> option.getText().startsWith("Brückenschlag"))
			.findFirst()
			.orElseThrow()
			.click();
		this.browser.driver().findElement(By.id("categories-NAME_AND_CONTACT")).click();
		this.browser.driver().findElement(By.id("categories-CONCERN")).click();
		this.browser.driver().findElement(By.id("description")).sendKeys("Beratung zum Familiennachzug");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("#preview").getText()).contains("Vorschau: Das erhält Brückenschlag")
			.contains("Senait")
			.contains(lastName)
			.contains("0541 4455667")
			.contains("Beratung zum Familiennachzug");
		this.browser.clickAndWait("button[formaction]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main").getText()).contains("Die Vermittlung ist gesendet.");

		// the guide request: no name goes to the Leitstelle
		this.browser.open(casePage);
		this.browser.click("main a[href$='/accompaniments']");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main").getText()).doesNotContain("fehlt oder wurde widerrufen");
		new Select(this.browser.find("#topic")).selectByVisibleText("Begleitung zu Behörden und Verbänden");
		Select gemeinde = new Select(this.browser.find("#gemeinde"));
		gemeinde.selectByValue(CounsellingFixtures.QUAKENBRUECK);
		assertThat(gemeinde.getFirstSelectedOption().getText()).as("the Gemeinde is picked by name")
			.contains("Quakenbr");
		FormFilling.value(this.browser, "date", GuidesFixtures.thursday(2).toString());
		FormFilling.value(this.browser, "starts", "09:00");
		FormFilling.value(this.browser, "ends", "11:00");
		FormFilling.type(this.browser, "place", "Ausländerbehörde, Am Schölerberg 1");
		FormFilling.type(this.browser, "brief", "Termin zur Verlängerung, Unterlagen liegen vor.");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main").getText()).contains("Die Begleitung ist bei der Leitstelle angefragt.")
			.contains("Die Leitstelle sucht eine Lotsin oder einen Lotsen.");

		// a discrimination complaint (the demo counsellor holds the permission)
		this.browser.open("/counselling/discrimination-complaints/new");
		this.browser.checkAccessibility();
		FormFilling.value(this.browser, "incidentOn", today.minusDays(10).toString());
		new Select(this.browser.find("#area")).selectByVisibleText("Wohnen");
		FormFilling.tick(this.browser, "characteristics", "ethnische Herkunft");
		FormFilling.tick(this.browser, "forms", "unmittelbare Benachteiligung");
		new Select(this.browser.find("#level")).selectByVisibleText("individuell");
		FormFilling.type(this.browser, "description",
				"Wohnungsbesichtigung abgesagt, nachdem der Name am Telefon genannt wurde.");
		this.browser.submit("main form[method=post]");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main").getText()).contains("Die Beschwerde ist gespeichert.");

		// the statistics of the office
		this.browser.open("/counselling/statistics");
		this.browser.checkAccessibility();
		assertThat(this.browser.find("main h2").getText()).isEqualTo("Fälle (im Zeitraum eröffnet) nach Thema");
		assertThat(this.browser.find("main").getText()).contains("Insgesamt");
	}

}
