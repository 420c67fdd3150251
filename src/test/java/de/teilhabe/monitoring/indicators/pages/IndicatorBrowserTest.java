package de.teilhabe.monitoring.indicators.pages;

import java.net.http.HttpResponse;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser journey of a STRATEGY user with axe-core on every page: overview → indicator
 * page (chart, table) → ranking of the Gemeinden and back to the Kreise → download link;
 * then the own indicator form with a preview; an own indicator's edit form (with a
 * preview) and its delete confirmation.
 */
@IntegrationTest
class IndicatorBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, IndicatorPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Test
	void chartTextStaysReadableOnAPhone() {
		Dimension before = this.browser.driver().manage().window().getSize();
		this.browser.login("strategie", "demo");
		try {
			this.browser.driver().manage().window().setSize(new Dimension(390, 844));
			this.browser.open("/indicators/1-2-2");
			JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
			assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(400);
			// the text's size on screen: its CSS size times the SVG's scale (rendered
			// width ÷ viewBox width); the smallest of all chart texts
			Number smallest = (Number) script.executeScript("const svg = document.querySelector('svg.chart');"
					+ "const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
					+ "return Math.min(...[...svg.querySelectorAll('text')]"
					+ ".map((t) => scale * parseFloat(getComputedStyle(t).fontSize)));");
			assertThat(smallest.doubleValue()).isGreaterThanOrEqualTo(12);
			// the chart scrolls inside its own box, which stays within the phone's width
			Number boxRight = (Number) script
				.executeScript("return document.querySelector('.chart-box').getBoundingClientRect().right");
			assertThat(boxRight.doubleValue()).isLessThanOrEqualTo(390);
			this.browser.checkAccessibility();
		}
		finally {
			this.browser.driver().manage().window().setSize(before);
			// signed out for the next journey (the phone layout may hide the logout
			// button)
			this.browser.driver().manage().deleteAllCookies();
		}
	}

	@Test
	void overviewIndicatorRankingDownload() {
		this.browser.login("strategie", "demo");
		this.browser.clickAndWait("nav.main-nav a[href='/indicators']");
		assertThat(this.browser.path()).startsWith("/indicators");
		assertThat(this.browser.find("#indicator-1-2-2").getText()).contains("11,9");

		this.browser.clickAndWait("#indicator-1-2-2 a");
		assertThat(this.browser.path()).startsWith("/indicators/1-2-2?");
		assertThat(this.browser.find("svg.chart").getDomAttribute("role")).isEqualTo("img");
		assertThat(this.browser.find("#values-table").getText()).contains("2024").contains("11,9");
		assertThat(this.browser.find("#ranking-table .ranking-home").getText()).contains("Osnabrück")
			.contains("(Ihr Gebiet)");

		this.browser.clickAndWait("#ranking-gemeinden");
		assertThat(this.browser.find("#ranking-gemeinden").getDomAttribute("aria-current")).isEqualTo("true");
		this.browser.clickAndWait("#ranking-kreise");
		assertThat(this.browser.findAll("#ranking-table tbody tr")).hasSizeBetween(44, 46);

		String csv = this.browser.find("#download-ranking-csv").getDomAttribute("href");
		assertThat(csv).startsWith("/indicators/1-2-2/ranking.csv?");
		HttpResponse<String> download = Http.loggedIn(this.port, "strategie", "demo").get(csv);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).contains("Osnabrück;03459");

		this.browser.open("/indicators/new");
		assertThat(this.browser.find("#code").getDomAttribute("name")).isEqualTo("code");
		// only the parts of the chosen kind (a ratio): no second value, no comparison
		// period
		assertThat(this.browser.find("#part-denominator").isDisplayed()).isTrue();
		assertThat(this.browser.find("#part-second").isDisplayed()).isFalse();
		assertThat(this.browser.find("#part-change").isDisplayed()).isFalse();
		Select kind = new Select(this.browser.find("#kind"));
		kind.selectByValue("GAP");
		assertThat(this.browser.find("#part-second").isDisplayed()).isTrue();
		kind.selectByValue("RATIO");
		assertThat(this.browser.find("#part-second").isDisplayed()).isFalse();
		this.browser.find("#code").sendKeys("browser-anteil");
		this.browser.find("#titleDe").sendKeys("Anteil im Browser");
		this.browser.find("#definition").sendKeys("Ausländerinnen und Ausländer je 100 Einwohner");
		this.browser.find("#unit").sendKeys("Prozent");
		new org.openqa.selenium.support.ui.Select(this.browser.find("#themeCode")).selectByValue("1");
		new org.openqa.selenium.support.ui.Select(this.browser.find("#numeratorSeries")).selectByValue("1-2-1");
		new org.openqa.selenium.support.ui.Select(this.browser.find("#denominatorSeries")).selectByValue("1-1-1");
		this.browser.clickAndWait("#preview-button");
		assertThat(this.browser.find("#preview-table").getText()).contains("2024").contains("11,9");

		// an own indicator: its edit form and its delete confirmation
		String code = "browser-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		assertThat(Http.loggedIn(this.port, "strategie", "demo")
			.submit("/indicators/new", "/indicators/new", IndicatorPagesTest.form(code, "Anteil zum Bearbeiten"))
			.statusCode()).isEqualTo(302);
		this.browser.open("/indicators/" + code);
		this.browser.checkAccessibility();
		this.browser.clickAndWait("#indicator-edit");
		assertThat(this.browser.path()).isEqualTo("/indicators/" + code + "/edit");
		assertThat(this.browser.find("#code").getDomProperty("value")).isEqualTo(code);
		assertThat(this.browser.find("#titleDe").getDomProperty("value")).isEqualTo("Anteil zum Bearbeiten");
		this.browser.clickAndWait("#preview-button");
		assertThat(this.browser.find("#preview-table").getText()).contains("11,9");
		this.browser.open("/indicators/" + code);
		this.browser.clickAndWait("#indicator-delete");
		assertThat(this.browser.find("#delete-question").getText()).contains("Anteil zum Bearbeiten").contains(code);
		this.browser.clickAndWait("#delete-button");
		assertThat(this.browser.path()).startsWith("/indicators");
		assertThat(Http.loggedIn(this.port, "strategie", "demo").get("/indicators/" + code).statusCode())
			.isEqualTo(404);
		this.browser.logout();
	}

}
