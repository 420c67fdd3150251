package de.teilhabe.region.publicsite;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of both demo tenants, for anonymous visitors.
 */
@IntegrationTest
class PublicPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Test
	void theStartPageShowsTheOfficesAddressHoursAndContactFromTheSettings() {
		for (String slug : new String[] { "landkreis-osnabrueck", "stadt-osnabrueck" }) {
			TenantSettings settings = this.tenants.settings(this.tenants.findBySlug(slug).orElseThrow().id())
				.orElseThrow();
			// the demo tenants come with an address, office hours and a contact
			assertThat(settings.street()).as(slug).isNotNull();
			assertThat(settings.officeHours()).as(slug).isNotNull();
			assertThat(settings.email()).as(slug).isNotNull();
			String page = new Http(this.port).get("/p/" + slug + "/de/").body();
			assertThat(page).contains("Anschrift", settings.street(), "Sprechzeiten", "Kontakt",
					"href=\"mailto:" + settings.email() + "\"");
			// rendered by the controller itself, not by Spring MVC: the demo banner too
			assertThat(page).contains("class=\"demo-banner\"");
			for (String line : PublicPagesController.lines(settings.officeHours())) {
				assertThat(page).contains(line);
			}
		}
	}

	@Test
	void theStartPageShowsTheApprovedOffersAndPublicEventsAndTheCalendar() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http office = fixtures.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		UUID organisation = NetworkFixtures.createOrganisation(office, NetworkFixtures.unique("Öffentlicher Verein"));
		// offers are listed by title: a leading "000" puts this one among the first shown
		String offer = NetworkFixtures.unique("000 Sprachtreff");
		NetworkFixtures.createOffer(office, organisation, offer);
		String event = NetworkFixtures.unique("Nachbarschaftsfest");
		String internal = NetworkFixtures.unique("Internes Treffen");
		String tomorrow = BerlinTime.today().plusDays(1).toString();
		for (String[] e : new String[][] { { event, "true" }, { internal, "false" } }) {
			assertThat(NetworkFixtures
				.post(office, "/network/events/new", "/network/events", "category", "MEETING", "title", e[0], "date",
						tomorrow, "startTime", "00:05", "place", "Kreishaus", "publicEvent", e[1])
				.statusCode()).isEqualTo(302);
		}

		String page = new Http(this.port).get("/p/landkreis-osnabrueck/de/").body();
		// the portal's topics may come first
		assertThat(page).containsPattern("<h2 class=\"kern-heading\" id=\"section-\\d+\">Angebote</h2>")
			.contains(offer)
			.contains("Veranstaltungen")
			.contains(event)
			.contains("00:05 · Kreishaus")
			.doesNotContain(internal)
			.contains("href=\"/api/v1/events.ics?tenant=landkreis-osnabrueck\"");
		assertThat(new Http(this.port).get("/api/v1/events.ics?tenant=landkreis-osnabrueck").body()).contains(event);
		assertThat(new Http(this.port).get("/p/landkreis-osnabrueck/en/").body()).contains("Offers")
			.contains("Subscribe to all events");
		// another tenant's public page does not show them
		assertThat(new Http(this.port).get("/p/stadt-osnabrueck/de/").body()).doesNotContain(offer)
			.doesNotContain(event);
	}

	@Test
	void imprintAndPrivacyShowTheirTextOrSayThatTheOfficeHasNotWrittenIt() {
		for (String slug : new String[] { "landkreis-osnabrueck", "stadt-osnabrueck" }) {
			TenantSettings settings = this.tenants.settings(this.tenants.findBySlug(slug).orElseThrow().id())
				.orElseThrow();
			String[][] pages = { { "impressum", settings.imprintText() }, { "datenschutz", settings.privacyText() } };
			for (String[] page : pages) {
				String body = new Http(this.port).get("/p/" + slug + "/de/" + page[0]).body();
				if (page[1] == null || page[1].isBlank()) {
					assertThat(body).as(slug + " " + page[0])
						.contains("Die Stelle hat diesen Text noch nicht geschrieben.");
				}
				else {
					assertThat(body).as(slug + " " + page[0])
						.contains(PublicPagesController.paragraphs(page[1]).get(0));
				}
			}
		}
		// the demo Stadt has not written its privacy text yet
		assertThat(new Http(this.port).get("/p/stadt-osnabrueck/en/datenschutz").body())
			.contains("The office has not written this text yet.");
	}

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
		for (String path : new String[] { "/p/gibt-es-nicht/de/", "/p/stadt-osnabrueck/it/",
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
