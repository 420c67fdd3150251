package de.teilhabe.portal.xliff;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Http;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLIFF exchange on a 390 px phone: the office picks Arabic by name and sees the
 * pages to export, uploads a broken file (its errors named with line and column) and a
 * translated one, reads the preview, stores it and sees the outcome; then deletes the
 * page. Each page passes axe-core and is not wider than the screen.
 */
class PortalXliffPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theOfficeExportsImportsAndDeletesOnAPhone() throws Exception {
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		String segment = "xliff-phone-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("parent", "");
		fields.put("segment", segment);
		fields.put("position", "9");
		fields.put("topic", "");
		fields.put("title", "Telefonseite");
		fields.put("summary", "");
		fields.put("body", "<p>Ein <strong>kurzer</strong> Text.</p>");
		HttpResponse<String> created = office.submit("/portal/pages/new", "/portal/pages", fields);
		String page = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		String id = page.substring(page.lastIndexOf('/') + 1);
		String exported = new String(office.getBytes("/portal/xliff/export?language=ar&scope=CHOSEN&page=" + id).body(),
				StandardCharsets.UTF_8);
		String translated = exported.replaceAll("(?s)<source>(.*?)</source>", "<source>$1</source><target>$1</target>")
			.replace("state=\"initial\"", "state=\"final\"");
		Path file = Files.createTempFile("wegweiser-ar", ".xlf");
		Path broken = Files.createTempFile("kaputt", ".xlf");
		try {
			Files.writeString(file, translated);
			Files.writeString(broken, translated.replaceFirst("<unit id=\"title\">", "<unit>"));

			this.browser.login("strategie", "demo");
			this.browser.open("/portal").checkWidth();
			this.browser.click("main a[href='/portal/xliff']").checkWidth();
			new org.openqa.selenium.support.ui.Select(this.browser.find("#language")).selectByValue("ar");
			this.browser.submit("main form[action='/portal/xliff']");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("Telefonseite", "XLIFF-Datei herunterladen");

			this.browser.find("#file").sendKeys(broken.toString());
			this.browser.submit("main form[enctype='multipart/form-data']");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("#error-summary").getText()).contains("Zeile", "Spalte");

			this.browser.find("#file").sendKeys(file.toString());
			this.browser.submit("main form[enctype='multipart/form-data']");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("Vorschau des Imports", "Telefonseite",
					"neue Übersetzung");
			this.browser.submit("main form[method=post]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("1 Seite gespeichert");

			this.browser.open(page + "/delete").checkWidth();
			this.browser.submit("main form[method=post]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.driver().findElement(By.cssSelector("main [role=status]")).getText())
				.contains("gelöscht");
			this.browser.logout();
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(broken);
		}
	}

}
