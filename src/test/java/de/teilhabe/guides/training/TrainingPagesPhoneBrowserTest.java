package de.teilhabe.guides.training;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainings on a 390 px phone in the demo Landkreis, every page checked with axe-core
 * and its width: the coordinator's course list, a course of its own with two guides
 * enrolled by name, the attendance grid filled in and a completion confirmed, the
 * qualifications that lapse; and {@code lotse}'s own trainings.
 */
class TrainingPagesPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void aCourseIsRunOnAPhone() {
		Http api = Http.withToken(this.port, "demo-token-koordination");
		String first = "Telefon Eins " + UUID.randomUUID().toString().substring(0, 8);
		String second = "Telefon Zwei " + UUID.randomUUID().toString().substring(0, 8);
		for (String name : List.of(first, second)) {
			UUID guide = GuidesFixtures.created(api.send("POST", "/api/v1/guides", "application/json",
					GuidesFixtures.guideBody(name, QUAKENBRUECK, "yo")));
			assertThat(api
				.send("POST", "/api/v1/guides/" + guide + "/state", "application/json",
						"{\"state\": \"FIRST_CONVERSATION\"}")
				.statusCode()).isEqualTo(200);
		}
		LocalDate last = BerlinTime.today().minusDays(1);
		String title = "Basisqualifizierung am Telefon " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> course = api.send("POST", "/api/v1/guide-trainings", "application/json", """
				{"title": "%s", "kind": "BASIC", "qualification": "BASIC_TRAINING", "capacity": 12,
				 "sessions": [%s]}""".formatted(title, String
			.join(", ", List.of(last.minusWeeks(3), last.minusWeeks(2), last.minusWeeks(1), last)
				.stream()
				.map((day) -> "{\"day\": \"%s\", \"starts\": \"09:30\", \"ends\": \"15:30\", \"place\": \"Kreishaus\"}"
					.formatted(day))
				.toList())));
		assertThat(course.statusCode()).as(course.body()).isEqualTo(201);
		String path = "/guides/trainings/" + GuidesFixtures.json(course).get("id");

		this.browser.login("koordination", "demo");
		this.browser.open("/guides/trainings");
		assertThat(this.browser.find("main").getText()).contains("Basisqualifizierung Integrationslotsen (Herbst)")
			.contains(title);
		this.browser.open("/guides/trainings/qualifications");
		assertThat(this.browser.find("main").getText()).contains("Dilan Aydın").contains("abgelaufen");

		// two guides enrolled by name
		this.browser.open(path);
		for (String name : List.of(first, second)) {
			this.browser.find("#q").clear();
			this.browser.find("#q").sendKeys(name.substring(8));
			this.browser.submit("form[role=search]");
			this.browser.checkAccessibility();
			this.browser.click("main form[action$='/participants'] button[type=submit]");
			assertThat(this.browser.find("main").getText()).contains("Die Person ist eingeschrieben.");
		}

		// the grid: present everywhere, the second guide excused once
		List<WebElement> cells = this.browser.findAll("#attendance select");
		assertThat(cells).hasSize(8);
		for (WebElement cell : cells) {
			new Select(cell).selectByValue("PRESENT");
		}
		new Select(this.browser.findAll("#attendance tbody tr")
			.get(1)
			.findElements(org.openqa.selenium.By.cssSelector("select"))
			.get(2)).selectByValue("EXCUSED");
		this.browser.click("#attendance button[type=submit]");
		assertThat(this.browser.find("main").getText()).contains("Die Anwesenheit ist gespeichert.");
		assertThat(new Select(this.browser.findAll("#attendance select").get(0)).getFirstSelectedOption().getText())
			.isEqualTo("anwesend");

		// completions: the first at once, the second with a reason
		this.browser.click("main form[action$='/completion'] button.kern-btn--primary");
		assertThat(this.browser.find("main").getText())
			.contains("Der Abschluss ist bestätigt; die Person ist jetzt geschult.")
			.contains("Abgeschlossen am");
		this.browser.click("main form[action$='/completion'] button.kern-btn--secondary");
		assertThat(this.browser.find("main").getText()).contains("Bitte begründen");
		this.browser.find("main form[action$='/completion'] textarea").sendKeys("Termin 3 nachgeholt");
		this.browser.click("main form[action$='/completion'] button.kern-btn--secondary");
		assertThat(this.browser.find("main").getText())
			.contains("(nicht bei jedem Termin anwesend: Termin 3 nachgeholt)");
		this.browser.logout();

		this.browser.login("lotse", "demo");
		this.browser.open("/guides/me");
		this.browser.click("main a[href='/guides/me/trainings']");
		assertThat(this.browser.find("main").getText()).contains("Meine Schulungen")
			.contains("Datenschutz und Schweigepflicht")
			.contains("Sprachmittlung");
		this.browser.logout();
	}

}
