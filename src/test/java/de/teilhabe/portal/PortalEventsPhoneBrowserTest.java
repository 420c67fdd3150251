package de.teilhabe.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's events on a 390 px phone with the demo data: the list in German,
 * filtered with the GET form, an event's page, the list and an event in Arabic (right to
 * left); then the office's iCal import journey: upload, preview, category, outcome. Each
 * page passes axe-core and is not wider than the screen.
 */
class PortalEventsPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theEventsAndTheImportFitAPhone() throws Exception {
		this.browser.open("/p/landkreis-osnabrueck/de/veranstaltungen").checkWidth();
		assertThat(this.browser.find("h1").getText()).isEqualTo("Veranstaltungen");
		this.browser.find("#kategorie option[value='feste']").click();
		this.browser.submit("main form[method=get]");
		this.browser.checkAccessibility().checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Willkommensfest für Neuzugewanderte")
			.doesNotContain("Sprachcafé");
		this.browser.click("main .portal-event-list a").checkWidth();
		assertThat(this.browser.find("main").getText()).contains("Termine", "Ort", "Veranstalter");

		this.browser.open("/p/landkreis-osnabrueck/ar/veranstaltungen").checkWidth();
		assertThat(this.browser.find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.find("main .portal-event-list a").getAttribute("lang")).isEqualTo("de");
		this.browser.click("main .portal-event-list a").checkWidth();
		assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo("ar");

		String key = UUID.randomUUID().toString().substring(0, 8);
		LocalDate day = BerlinTime.today().plusDays(30);
		String start = day.format(DateTimeFormatter.BASIC_ISO_DATE);
		Path file = Files.createTempFile("vhs-", ".ics");
		Files.writeString(file,
				"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VHS//DE\r\n" + "BEGIN:VEVENT\r\nUID:browser-" + key
						+ "@vhs.example.org\r\nSUMMARY:Nähkurs " + key + "\r\nDTSTART;TZID=Europe/Berlin:" + start
						+ "T100000\r\nDTEND;TZID=Europe/Berlin:" + start
						+ "T120000\r\nLOCATION:VHS Bramsche\r\nEND:VEVENT\r\n" + "BEGIN:VEVENT\r\nUID:browser-leer-"
						+ key + "@vhs.example.org\r\nSUMMARY:Ohne Datum\r\nEND:VEVENT\r\n" + "END:VCALENDAR\r\n",
				StandardCharsets.UTF_8);
		try {
			this.browser.login("strategie", "demo");
			this.browser.open("/network/events").checkWidth();
			this.browser.click("#event-import").checkWidth();
			this.browser.submit("main form[method=post]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("#error-summary").getText()).contains("Bitte wählen Sie eine Datei.");
			this.browser.find("#file").sendKeys(file.toAbsolutePath().toString());
			this.browser.submit("main form[method=post]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("Nähkurs " + key, "kein Beginn (DTSTART)");
			this.browser.find("#category option[value='WORKSHOP']").click();
			this.browser.submit("main form[method=post]");
			this.browser.checkAccessibility().checkWidth();
			assertThat(this.browser.find("main").getText()).contains("1 neu, 0 aktualisiert, 1 nicht übernommen");
			this.browser.logout();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
