package de.teilhabe.platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.shared.web.NavigationItem;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main navigation: entries grouped in sections (Monitoring, Integrationskonzept,
 * Netzwerk, Verwaltung, Datenschutz, Ihr Konto), the current entry marked, a menu that a
 * phone shows closed.
 */
@IntegrationTest
class NavigationTest {

	@LocalServerPort
	int port;

	@Autowired
	List<NavigationItem> items;

	@Autowired
	MessageSource messages;

	@Test
	void everyEntryHasItsLabelAndStartPageText() {
		// a missing text would show its raw key in the menu or on a start page tile
		assertThat(this.items).isNotEmpty().allSatisfy((item) -> {
			assertThat(this.messages.getMessage(item.key(), null, null, Locale.GERMAN)).as(item.key()).isNotBlank();
			assertThat(this.messages.getMessage(item.key() + ".description", null, null, Locale.GERMAN))
				.as(item.key() + ".description")
				.isNotBlank();
		});
	}

	@Test
	void entriesAreGroupedInSectionsInOrder() {
		String admin = navigation(Http.loggedIn(this.port, "admin", "demo").get("/network/organisations").body());
		assertThat(sectionNames(admin)).containsExactly("Monitoring", "Integrationskonzept", "Netzwerk", "Verwaltung",
				"Datenschutz", "Ihr Konto");
		// each section's list is named by its heading
		assertThat(admin).contains("<p class=\"main-nav__group\" id=\"nav-group-network\">Netzwerk</p>")
			.contains("<ul aria-labelledby=\"nav-group-network\">");
		assertThat(section(admin, "Verwaltung")).contains("href=\"/admin/users\"", "href=\"/admin/settings\"",
				"href=\"/admin/outbox\"");
		assertThat(section(admin, "Monitoring")).contains("href=\"/indicators\"", "href=\"/statistics\"",
				"href=\"/regions\"");
		String privacy = navigation(Http.loggedIn(this.port, "datenschutz", "demo").get("/").body());
		assertThat(sectionNames(privacy)).contains("Datenschutz").doesNotContain("Netzwerk", "Verwaltung");
		assertThat(section(privacy, "Datenschutz")).contains("href=\"/audit\"", "href=\"/privacy/subjects\"",
				"href=\"/privacy/break-glass\"", "href=\"/privacy/records/counselling\"");
		// English names
		String english = navigation(Http.loggedIn(this.port, "admin", "demo").language("en").get("/?lang=en").body());
		assertThat(sectionNames(english)).containsExactly("Monitoring", "Integration strategy", "Network",
				"Administration", "Data protection", "Your account");
	}

	@Test
	void theCurrentEntryAndSectionAreMarked() {
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		String list = navigation(strategy.get("/network/organisations").body());
		assertThat(list).contains("href=\"/network/organisations\" aria-current=\"page\"")
			.contains("main-nav__section main-nav__section--current")
			.contains("<span class=\"main-nav__where\">Netzwerk</span>");
		assertThat(count(list, "aria-current")).isEqualTo(1);
		// a page below an entry marks that entry as the current location
		String upload = navigation(strategy.get("/statistics/upload").body());
		assertThat(upload).contains("href=\"/statistics\" aria-current=\"true\"")
			.doesNotContain("href=\"/statistics/imports\" aria-current");
		String imports = navigation(strategy.get("/statistics/imports").body());
		assertThat(imports).contains("href=\"/statistics/imports\" aria-current=\"page\"")
			.doesNotContain("href=\"/statistics\" aria-current");
		String start = navigation(strategy.get("/").body());
		assertThat(start).contains("href=\"/\" aria-current=\"page\"").doesNotContain("main-nav__where");
	}

	@Test
	void theMenuIsADisclosureThatWorksWithoutJavaScript() {
		String page = Http.loggedIn(this.port, "strategie", "demo").get("/").body();
		assertThat(navigation(page)).contains("<details class=\"main-nav__menu\">")
			.contains("<summary class=\"kern-container\"><span>Menü</span>");
	}

	private static String navigation(String page) {
		int start = page.indexOf("<nav class=\"main-nav\"");
		assertThat(start).as("main navigation").isNotNegative();
		return page.substring(start, page.indexOf("</nav>", start));
	}

	private static java.util.List<String> sectionNames(String navigation) {
		java.util.List<String> names = new java.util.ArrayList<>();
		Matcher matcher = Pattern.compile("<p class=\"main-nav__group\"[^>]*>([^<]+)</p>").matcher(navigation);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String section(String navigation, String name) {
		int start = navigation.indexOf(">" + name + "</p>");
		int end = navigation.indexOf("</ul>", start);
		return navigation.substring(start, end);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
