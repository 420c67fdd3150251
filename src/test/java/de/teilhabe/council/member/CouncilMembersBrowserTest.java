package de.teilhabe.council.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Screen;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's journey on a 390 px phone with axe-core on every page (no violation): a
 * term, a person and a membership, the membership ended with its successor, a paper with
 * an uploaded PDF.
 */
@IntegrationTest
class CouncilMembersBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theOfficeMaintainsItsCouncilOnAPhone() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String term = "Wahlperiode 2036–2041 " + unique;
		this.browser.login("beirat", "demo");
		try {
			this.browser.open("/council");
			this.browser.click("a[href='/council/terms/new']");
			type("#name", term);
			value("startDate", "2036-12-01");
			value("endDate", "2041-11-30");
			value("electionDate", "2036-11-09");
			type("#eligibleVoters", "26000");
			type("#votesCast", "1900");
			type("#results-0-listName", "Liste Vielfalt");
			type("#results-0-votes", "1000");
			type("#results-0-seats", "6");
			submit("form[action='/council/terms']");
			assertThat(this.browser.text()).contains(term, "7,3 %");

			String person = "Selin Yıldız" + unique;
			createPerson("Selin", "Yıldız" + unique);
			assertThat(this.browser.text()).contains(person);
			this.browser.click("a[href$='/memberships/new']");
			new Select(this.browser.find("#committee"))
				.selectByVisibleText("Beirat für Migration des Landkreises Osnabrück");
			new Select(this.browser.find("#term")).selectByVisibleText(term);
			value("startDate", "2036-12-01");
			submit("form[action$='/memberships']");
			assertThat(this.browser.text()).contains("Beirat für Migration", term);

			createPerson("Marek", "Nowak" + unique);
			this.browser.open("/council/persons");
			this.browser.click(this.browser.linkContaining("a", "Yıldız" + unique));
			this.browser.click("a[href$='/end']");
			value("endDate", "2038-06-30");
			new Select(this.browser.find("#successor")).selectByVisibleText("Marek Nowak" + unique);
			value("successorStart", "2038-07-01");
			submit("form[action$='/end']");
			assertThat(this.browser.text()).contains("Marek Nowak" + unique, "Nachfolge für " + person);

			this.browser.open("/council/papers");
			this.browser.click("a[href='/council/papers/new']");
			String title = "Stellungnahme zum Integrationskonzept " + unique;
			type("#name", title);
			new Select(this.browser.find("#paperType")).selectByVisibleText("Stellungnahme");
			this.browser.find("#publicPaper").click();
			new Select(this.browser.find("#originator"))
				.selectByVisibleText("Beirat für Migration des Landkreises Osnabrück");
			submit("form[action='/council/papers']");
			assertThat(this.browser.text()).contains(title, "BfM/");
			this.browser.click("a[href$='/files/new']");
			Path pdf = Files.createTempFile("stellungnahme", ".pdf");
			try {
				Files.write(pdf, pdf());
				this.browser.find("#file").sendKeys(pdf.toString());
				submit("form[action$='/files']");
			}
			finally {
				Files.deleteIfExists(pdf);
			}
			assertThat(this.browser.text()).contains("Die Datei ist hochgeladen.", "Hauptdatei");
		}
		finally {
			this.browser.logout();
		}
	}

	private void createPerson(String given, String family) {
		this.browser.open("/council/persons");
		this.browser.click("a[href='/council/persons/new']");
		type("#givenName", given);
		type("#familyName", family);
		submit("form[action='/council/persons']");
	}

	private void type(String css, String text) {
		this.browser.find(css).sendKeys(text);
	}

	/** Sets a date field's value as the browser's date picker would. */
	private void value(String id, String value) {
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	private void submit(String formCss) {
		this.browser.submit(formCss);
		this.browser.checkAccessibility();
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
