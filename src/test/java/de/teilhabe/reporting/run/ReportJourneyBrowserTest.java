package de.teilhabe.reporting.run;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's report journey in the browser: a definition made in the editor (regions
 * ticked by name, a text chapter, an indicators chapter with a theme picked by title, the
 * sources), generated with the progress bar („Kapitel 1 von 3“) that htmx keeps up to
 * date until the report is finished, the report opened as a web page and the PDF
 * downloaded; axe-core checks every page on the way (the report's web page too). The
 * rendering is held after the first chapter (test renderer) so that the progress can be
 * seen; then it renders with the platform's renderer where there is one.
 */
class ReportJourneyBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, ReportJourneyPhoneBrowserTest, running the
	 * same journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Autowired
	ApplicationContext context;

	@Test
	void aDefinitionIsGeneratedWithProgressOpenedAndDownloaded() {
		TestUser office = AccessFixtures.of(this.context).create(AccessFixtures.LANDKREIS, "reports", Role.STRATEGY);
		String title = "Integrationsbericht " + UUID.randomUUID().toString().substring(0, 8);
		this.browser.login(office.username(), AccessFixtures.PASSWORD);
		this.browser.navigateTo("/reports");
		assertThat(this.browser.text()).contains("Migration und Integration");
		this.browser.click("a[href='/reports/new']");
		this.browser.find("#title").sendKeys(title);
		this.browser.find("#reportingYear").clear();
		this.browser.find("#reportingYear").sendKeys("2025");
		// the form starts with every region of the default: keep the Landkreis and Melle
		for (var box : this.browser.findAll("#regions input[type='checkbox']")) {
			String value = box.getDomAttribute("value");
			boolean wanted = "03459".equals(value) || "03459024".equals(value);
			if (box.isSelected() != wanted) {
				scrollAndClick(box);
			}
		}
		this.browser.find("#chapters-0-title").sendKeys("Einleitung");
		this.browser.find("textarea[name='chapters[0].text']").sendKeys("## Worum es geht\n\nZahlen für den Kreis.");
		new Select(this.browser.find("#newKind")).selectByVisibleText("Indikatoren eines Themenfelds");
		this.browser.click("button[value='add']");
		this.browser.find("#chapters-1-title").sendKeys("Bevölkerung und Migration");
		new Select(this.browser.find("#chapters-1-theme")).selectByVisibleText("Bevölkerung & Demografie");
		new Select(this.browser.find("#newKind")).selectByVisibleText("Quellen und Methoden");
		this.browser.click("button[value='add']");
		this.browser.find("#chapters-2-title").sendKeys("Quellen");
		this.browser.click("button[value='save']");
		assertThat(this.browser.text()).contains(title).contains("Der Bericht wurde gespeichert.");
		String path = this.browser.path();
		UUID definition = UUID.fromString(path.substring("/reports/".length(), path.indexOf('?')));

		CountDownLatch release = new CountDownLatch(1);
		TestReportRenderer.script(definition, new TestReportRenderer.Block(release));
		this.browser.click("#start-run");
		assertThat(this.browser.path()).startsWith("/reports/runs/");
		WebDriverWait wait = this.browser.waiting(Duration.ofSeconds(20));
		wait.until((driver) -> this.browser.text().contains("Kapitel 1 von 3"));
		assertThat(this.browser.find("#run-progress").getDomAttribute("max")).isEqualTo("3");
		this.browser.checkAccessibility();
		release.countDown();
		// htmx swaps the finished state in without a reload
		this.browser.waiting(Duration.ofSeconds(120))
			.until((driver) -> !driver.findElements(By.id("open-html")).isEmpty());
		this.browser.checkAccessibility();
		String pdfHref = this.browser.find("#download-pdf").getDomAttribute("href");

		this.browser.click("#open-html");
		assertThat(this.browser.path()).endsWith("/document.html");
		assertThat(this.browser.text()).contains(title).contains("Bevölkerung und Migration");
		Object pdfStart = ((JavascriptExecutor) this.browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then((r) => r.arrayBuffer().then((b) => done(r.headers.get('content-type') + ' '
				  + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))), (e) => done('failed ' + e));""", pdfHref);
		assertThat(pdfStart).isEqualTo("application/pdf %PDF-");
	}

	private void scrollAndClick(org.openqa.selenium.WebElement box) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				box);
		box.click();
	}

}
