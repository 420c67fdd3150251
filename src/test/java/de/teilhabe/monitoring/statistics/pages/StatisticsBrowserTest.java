package de.teilhabe.monitoring.statistics.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser journey of a STRATEGY user, with axe-core on every page: upload a file, read
 * the report, browse the series it created and the shared reference series.
 */
@IntegrationTest
class StatisticsBrowserTest extends BrowserTest {

	/**
	 * Every page at desktop width and again at 390 px in the same visit (axe-core and the
	 * width); this was also a second class, StatisticsPhoneBrowserTest, running the same
	 * journey on a phone.
	 */
	@Override
	protected Screen screen() {
		return Screen.DESKTOP_AND_PHONE;
	}

	@Test
	void uploadReportAndSeriesBrowser() throws IOException {
		String code = StatisticsHttp.uniqueCode("browser");
		Path file = Files.createTempDirectory("statistics-browser").resolve("indicator_" + code + ".csv");
		Files.writeString(file,
				"\uFEFFYear,Gebietseinheit,Geschlecht,GeoCode,Value,COMMENT_OBS\n"
						+ "2022,Osnabrück,weiblich,K03459,1200,\n2022,Osnabrück,männlich,K03459,,Gesperrt\n"
						+ "2023,Osnabrück,weiblich,K03459,1300,\n2023,Atlantis,weiblich,K03999,5,\n",
				StandardCharsets.UTF_8);
		try {
			this.browser.login("strategie", "demo");
			this.browser.navigateTo("/statistics/imports");
			this.browser.click("a[href='/statistics/upload']");
			this.browser.find("#file").sendKeys(file.toAbsolutePath().toString());
			// the page's script sends the file by XHR and says what happens in a live
			// region; its texts are kept across the navigation to the import's page
			JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
			assertThat(this.browser.find("#upload-status").getDomAttribute("role")).isEqualTo("status");
			script.executeScript("sessionStorage.removeItem('uploadStatus');"
					+ "const status = document.getElementById('upload-status');"
					+ "new MutationObserver(() => sessionStorage.setItem('uploadStatus',"
					+ " (sessionStorage.getItem('uploadStatus') || '') + '|' + status.textContent))"
					+ ".observe(status, {childList: true, characterData: true, subtree: true});");
			this.browser.find("form[enctype='multipart/form-data'] button[type=submit]").click();
			this.browser.waiting(Duration.ofSeconds(30))
				.until((driver) -> this.browser.path().startsWith("/statistics/imports/"));
			assertThat((String) script.executeScript("return sessionStorage.getItem('uploadStatus')"))
				.contains("Die Datei ist hochgeladen und wird verarbeitet…");
			this.browser.checkAccessibility();
			assertThat(this.browser.path()).startsWith("/statistics/imports/");
			assertThat(this.browser.find("#import-state").getText()).isEqualTo("Abgeschlossen");
			assertThat(this.browser.find("#stored").getText()).isEqualTo("3");
			assertThat(this.browser.find("#rejected").getText()).isEqualTo("1");
			assertThat(this.browser.find("#rejected-rows").getText()).contains("5")
				.contains("Die Region 03999 (aus „K03999“) ist kein bekannter Regionsschlüssel.");

			this.browser.navigateTo("/statistics");
			assertThat(this.browser.text()).contains(code).contains("Ausländerinnen und Ausländer in Niedersachsen");
			String own = this.browser.findAll("#series-table tr")
				.stream()
				.filter((row) -> row.getText().contains(code))
				.findFirst()
				.orElseThrow()
				.findElement(org.openqa.selenium.By.cssSelector("a"))
				.getDomAttribute("href");
			this.browser.open(own);
			assertThat(this.browser.text()).contains("Geschlecht")
				.contains("männlich · weiblich")
				.contains("indicator_" + code + ".csv");
			// 2022: one of two cells has a value (the other is blocked); 2023 one cell
			assertThat(this.browser.find("#coverage").getText()).contains("1 / 2").contains("1 / 1");

			this.browser.find(".breadcrumb a[href='/statistics']").click();
			String shared = this.browser.findAll("#series-table tr")
				.stream()
				.filter((row) -> row.getText().contains("2-1-1"))
				.findFirst()
				.orElseThrow()
				.findElement(org.openqa.selenium.By.cssSelector("a"))
				.getDomAttribute("href");
			this.browser.open(shared);
			assertThat(this.browser.text()).contains("Landesamt für Statistik Niedersachsen")
				.contains("Region Hannover (03241)")
				.contains("Aufenthaltstitel");
			this.browser.logout();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
