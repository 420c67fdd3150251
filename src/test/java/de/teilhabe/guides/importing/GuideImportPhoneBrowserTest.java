package de.teilhabe.guides.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import de.teilhabe.support.BrowserTest;
import de.teilhabe.support.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of a guide list on a 390 px phone: the upload page and the preview of the
 * realistic list (rejected rows with line, column and message, the profiles to create)
 * pass axe-core and do not scroll sideways.
 */
class GuideImportPhoneBrowserTest extends BrowserTest {

	@Override
	protected Screen screen() {
		return Screen.PHONE;
	}

	@Test
	void theImportPreviewFitsAPhone() throws IOException {
		Path file = Files.createTempFile("lotsen-", ".csv");
		try {
			Files.writeString(file, GuideImportTest.fixtureList(UUID.randomUUID().toString().substring(0, 8)));
			this.browser.login("koordination", "demo");
			this.browser.open("/guides/profiles/import").checkWidth();
			this.browser.find("#file").sendKeys(file.toAbsolutePath().toString());
			this.browser.clickAndWait("main form[enctype] button[type=submit]");
			assertThat(this.browser.path()).startsWith("/guides/profiles/import/");
			assertThat(this.browser.find("main [role=status]").getText()).contains("20 Zeilen");
			assertThat(this.browser.text()).contains("Spalte Wohnort: Keine Gemeinde Ihres Gebiets: Atlantis");
			this.browser.checkAccessibility().checkWidth();
			this.browser.logout();
		}
		finally {
			Files.delete(file);
		}
	}

}
