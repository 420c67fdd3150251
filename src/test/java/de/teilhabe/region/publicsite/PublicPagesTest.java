package de.teilhabe.region.publicsite;

import java.net.http.HttpResponse;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of both demo tenants, for anonymous visitors.
 */
@IntegrationTest
class PublicPagesTest {

	@LocalServerPort
	int port;

	@Test
	void bothTenantsHavePublicPagesInGermanAndEnglish() {
		Http anonymous = new Http(this.port);
		for (String slug : new String[] { "landkreis-osnabrueck", "stadt-osnabrueck" }) {
			for (String page : new String[] { "", "impressum", "datenschutz" }) {
				HttpResponse<String> german = anonymous.get("/p/" + slug + "/de/" + page);
				assertThat(german.statusCode()).as(slug + " " + page).isEqualTo(200);
				assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\">")
					.contains("class=\"skip-link\" href=\"#main\">Zum Inhalt springen")
					.contains("<main id=\"main\"")
					.contains("href=\"/p/" + slug + "/de/impressum\">Impressum</a>")
					.contains("href=\"/p/" + slug + "/de/datenschutz\">Datenschutz</a>")
					.contains("hreflang=\"en\"")
					.doesNotContain("Hauptnavigation")
					.doesNotContain("Abmelden");
				HttpResponse<String> english = anonymous.get("/p/" + slug + "/en/" + page);
				assertThat(english.statusCode()).isEqualTo(200);
				assertThat(english.body()).containsPattern("<html lang=\"en\"\\s+dir=\"ltr\">")
					.contains("Skip to content")
					.contains("href=\"/p/" + slug + "/en/impressum\">Imprint</a>");
			}
		}
		assertThat(anonymous.get("/p/stadt-osnabrueck/de/").body()).contains("Stadt Osnabrück");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/de/").body()).contains("Landkreis Osnabrück");
	}

	@Test
	void thePublicLanguageDoesNotChangeTheStaffLanguage() {
		HttpResponse<String> english = new Http(this.port).get("/p/stadt-osnabrueck/en/");
		assertThat(english.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("teilhabe-lang"));
		Http staff = Http.loggedIn(this.port, "stadt-admin", "demo");
		staff.get("/p/stadt-osnabrueck/en/");
		assertThat(staff.get("/").body()).contains("Willkommen");
	}

	@Test
	void unknownTenantOrLanguageIsAFriendly404() {
		Http anonymous = new Http(this.port);
		for (String path : new String[] { "/p/gibt-es-nicht/de/", "/p/stadt-osnabrueck/fr/",
				"/p/stadt-osnabrueck/xx/impressum", "/p/gibt-es-nicht/de/datenschutz", "/p/gibt-es-nicht/logo",
				"/p/gibt-es-nicht" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Seite nicht gefunden").contains("lang=\"de\"");
		}
		assertThat(anonymous.get("/p/gibt-es-nicht/en/").statusCode()).isEqualTo(404);
	}

	@Test
	void shortAddressesRedirect() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> root = anonymous.get("/p/stadt-osnabrueck");
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/p/stadt-osnabrueck/de/"));
		HttpResponse<String> language = anonymous.get("/p/stadt-osnabrueck/en");
		assertThat(language.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/p/stadt-osnabrueck/en/"));
	}

	@Test
	void textsAreSplitIntoParagraphs() {
		assertThat(PublicPagesController.paragraphs("Erster\nAbsatz\n\n  \nZweiter\r\n"))
			.containsExactly("Erster\nAbsatz", "Zweiter");
		assertThat(PublicPagesController.paragraphs(null)).isEmpty();
		assertThat(PublicPagesController.lines("Mo 8–12\n\nDi 9–13")).containsExactly("Mo 8–12", "Di 9–13");
	}

}
