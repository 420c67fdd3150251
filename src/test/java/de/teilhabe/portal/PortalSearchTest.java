package de.teilhabe.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's search through the real HTTP layer with the demo data of the Landkreis:
 * German with umlaut spellings (Osnabrück, Osnabrueck, Osnabruck; Müll, Muell), Arabic
 * and Ukrainian in their own script, Latin spellings of names (Mohammed, Muhammad;
 * Müller, Mueller), the German fallback with its note, public data only (a translation
 * still being translated and a partner's offer not yet approved are not found), bad input
 * (empty, 2 000 characters, NUL) answered 400, no cookie, and the JSON variant with its
 * paging and 400s.
 */
@IntegrationTest
class PortalSearchTest {

	static final String SEARCH = "/p/landkreis-osnabrueck/%s/suche?q=%s";

	static final String API = "/api/v1/public/landkreis-osnabrueck/%s/search?q=%s";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Http anonymous;

	Http office;

	@BeforeEach
	void visitors() {
		this.anonymous = new Http(this.port);
		this.office = Http.loggedIn(this.port, "strategie", "demo");
	}

	/** A word no demo text has: lower-case letters only. */
	static String word(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	static String search(Http http, String language, String query) {
		HttpResponse<String> response = http.get(SEARCH.formatted(language, encode(query)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).as("no cookie").isEmpty();
		return response.body();
	}

	static String encode(String query) {
		return URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/** A new top-level page of the office with its German text; answers its id. */
	UUID page(String segment, String title, String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("parent", "");
		fields.put("segment", segment);
		fields.put("position", "90");
		fields.put("topic", "");
		fields.put("title", title);
		fields.put("summary", "");
		fields.put("body", body);
		HttpResponse<String> created = this.office.submit("/portal/pages/new", "/portal/pages", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	void translate(UUID id, String language, String title, String body, String state) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "");
		fields.put("body", body);
		fields.put("state", state);
		fields.put("revision", "1");
		String form = "/portal/pages/" + id + "/translations/" + language;
		assertThat(this.office.submit(form, form, fields).statusCode()).isEqualTo(302);
	}

	@Test
	void germanFindsUmlautsWrittenEveryWay() {
		for (String query : new String[] { "Ankommen Osnabrück", "ankommen osnabrueck", "Ankommen Osnabruck" }) {
			String page = search(this.anonymous, "de", query);
			assertThat(page).as(query)
				.containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
				.contains("href=\"/p/landkreis-osnabrueck/de/ankommen\"", "Ankommen im Landkreis Osnabrück")
				.contains("Seite");
		}
		for (String query : new String[] { "Müll trennen", "Muell trennen", "Mull trennen" }) {
			assertThat(search(this.anonymous, "de", query)).as(query)
				.contains("href=\"/p/landkreis-osnabrueck/de/wohnen/muell-trennen\"");
		}
		// the hit is marked in the snippet, the snippet's text escaped
		assertThat(search(this.anonymous, "de", "Integrationskurs")).contains("<mark>Integrationskurs")
			.contains("action=\"/p/landkreis-osnabrueck/de/suche\"", "value=\"Integrationskurs\"");
	}

	@Test
	void arabicAndUkrainianSearchTheirOwnText() {
		String arabic = search(this.anonymous, "ar", "الخطوات");
		assertThat(arabic).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("href=\"/p/landkreis-osnabrueck/ar/ankommen/erste-schritte\"", "الخطوات الأولى", "البحث")
			.doesNotContain("In Ihrer Sprache wurde nichts gefunden");
		String ukrainian = search(this.anonymous, "uk", "кроки");
		assertThat(ukrainian).containsPattern("<html lang=\"uk\"\\s+dir=\"ltr\"")
			.contains("href=\"/p/landkreis-osnabrueck/uk/ankommen/erste-schritte\"", "Перші кроки", "Пошук");
	}

	@Test
	void namesInLatinLettersAreFoundInTheirOtherSpellings() {
		Http networkOffice = new NetworkFixtures(this.context, this.port).user(NetworkFixtures.LANDKREIS,
				Role.STRATEGY);
		String place = word("ort");
		NetworkFixtures.createOrganisation(networkOffice, "Verein Mohammed Al-Nour " + place + " e.V.");
		NetworkFixtures.createOrganisation(networkOffice, "Familienzentrum Müller " + place);
		String muhammad = search(this.anonymous, "de", "Muhammad " + place);
		assertThat(muhammad).contains("Verein Mohammed Al-Nour " + place + " e.V.", "Organisation");
		assertThat(search(this.anonymous, "de", "Mohamed " + place)).contains("Verein Mohammed Al-Nour " + place);
		assertThat(search(this.anonymous, "de", "Mueller " + place)).contains("Familienzentrum Müller " + place);
		assertThat(search(this.anonymous, "de", "Muller " + place)).contains("Familienzentrum Müller " + place);
		// organisations are German: found from an Arabic page too, marked as German
		assertThat(search(this.anonymous, "ar", "Muhammad " + place)).contains("Verein Mohammed Al-Nour " + place)
			.containsPattern("<li class=\"portal-hit\" lang=\"de\"\\s+dir=\"ltr\">");
	}

	@Test
	void nothingInTheLanguageFallsBackToTheGermanPagesAndSaysSo() {
		String german = word("zwetschgen");
		String ukrainianOnly = word("kvitka");
		UUID id = page(word("suchtest"), "Suchtest " + german, "<p>Der Kuchen " + german + " aus dem Ofen.</p>");
		// a translation still being translated is not public: not found in Ukrainian
		translate(id, "uk", "Тест " + ukrainianOnly, "<p>Текст " + ukrainianOnly + "</p>", "IN_TRANSLATION");
		String unreleased = search(this.anonymous, "uk", ukrainianOnly);
		assertThat(unreleased).contains("Немає результатів").doesNotContain("Тест " + ukrainianOnly);

		String fallback = search(this.anonymous, "uk", german);
		assertThat(fallback).contains("Вашою мовою нічого не знайдено", "Suchtest " + german)
			.contains("<mark>" + german + "</mark>");
		assertThat(fallback).containsPattern("<li class=\"portal-hit\" lang=\"de\"\\s+dir=\"ltr\">");
		String english = search(this.anonymous.language("en"), "en", german);
		assertThat(english).contains("Suchtest " + german);

		// released: found in Ukrainian, no fallback
		translate(id, "uk", "Тест " + ukrainianOnly, "<p>Текст " + ukrainianOnly + "</p>", "CURRENT");
		assertThat(search(this.anonymous, "uk", ukrainianOnly)).contains("Тест " + ukrainianOnly)
			.doesNotContain("Вашою мовою нічого не знайдено");
		// in German nothing to fall back to: said so
		assertThat(search(this.anonymous, "de", word("nichts"))).contains("Keine Treffer für")
			.doesNotContain("In Ihrer Sprache wurde nichts gefunden");
	}

	@Test
	void aPartnersOfferNotYetApprovedIsNotFound() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http networkOffice = fixtures.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		String name = word("verein");
		UUID own = NetworkFixtures.createOrganisation(networkOffice, "Verein " + name);
		Http partner = fixtures.login(fixtures.partner(NetworkFixtures.LANDKREIS, own));
		String title = word("elterncafe");
		HttpResponse<String> proposed = NetworkFixtures.post(partner, "/network/organisations/" + own + "/offers/new",
				"/network/organisations/" + own + "/offers", "kind", "PARENTS_GROUP", "title", "Treff " + title);
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
		assertThat(search(this.anonymous, "de", title)).contains("Keine Treffer").doesNotContain("Treff " + title);
		assertThat(this.anonymous.get(API.formatted("de", title)).body()).contains("\"totalItems\":0");
		// the approved organisation is found, its offer once approved
		assertThat(search(this.anonymous, "de", name)).contains("Verein " + name);
		String live = word("sprachtreff");
		UUID offer = NetworkFixtures.createOffer(networkOffice, own, "Treff " + live);
		// each hit links to the directory's page of the offer or organisation
		assertThat(search(this.anonymous, "de", live)).contains("Treff " + live, "Angebot", "Verein " + name,
				"href=\"/p/landkreis-osnabrueck/de/angebote/" + offer + "\"");
		assertThat(search(this.anonymous, "ar", name))
			.contains("href=\"/p/landkreis-osnabrueck/ar/organisationen/" + own + "\"");
		assertThat(this.anonymous.get(API.formatted("de", live)).body())
			.contains("\"url\":\"/p/landkreis-osnabrueck/de/angebote/" + offer + "\"");
	}

	@Test
	void badInputIsAnsweredClearly() {
		HttpResponse<String> empty = this.anonymous.get(SEARCH.formatted("de", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte geben Sie ein, wonach Sie suchen.", "portal-search-q");
		HttpResponse<String> blank = this.anonymous.get(SEARCH.formatted("de", "%20%20"));
		assertThat(blank.statusCode()).isEqualTo(400);
		HttpResponse<String> huge = this.anonymous.get(SEARCH.formatted("de", "a".repeat(2000)));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("Der Suchbegriff ist zu lang (höchstens 200 Zeichen).");
		assertThat(huge.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.anonymous.get(SEARCH.formatted("de", "Kita%00")).statusCode()).isEqualTo(400);
		// operators and markup are text
		assertThat(search(this.anonymous, "de", "<script>alert(1)</script> & | ! :* ( <-> '"))
			.contains("Keine Treffer für „&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		// without q: the form
		HttpResponse<String> form = this.anonymous.get("/p/landkreis-osnabrueck/ar/suche");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("البحث في الدليل");
		assertThat(this.anonymous.get("/p/landkreis-osnabrueck/zz/suche?q=Kita").statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get("/p/keine-stelle/de/suche?q=Kita").statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get(SEARCH.formatted("de", "Kita") + "&page=abc").statusCode()).isEqualTo(400);
	}

	@Test
	void theJsonApiIsPagedAndRefusesBadQueries() {
		HttpResponse<String> first = this.anonymous.get(API.formatted("de", "Osnabrueck") + "&size=2");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(first.body()).contains("\"page\":0", "\"size\":2", "\"fallback\":false", "\"type\":\"PAGE\"",
				"\"url\":\"/p/landkreis-osnabrueck/de/");
		assertThat(first.body()).containsPattern("\"totalItems\":([3-9]|\\d\\d)");
		HttpResponse<String> second = this.anonymous.get(API.formatted("de", "Osnabrueck") + "&size=2&page=1");
		assertThat(second.body()).contains("\"page\":1").isNotEqualTo(first.body());
		assertThat(this.anonymous.get(API.formatted("de", "Integrationskurs")).body()).contains("\"highlights\":[{");
		assertThat(this.anonymous.get(API.formatted("ar", "الخطوات")).body())
			.contains("/p/landkreis-osnabrueck/ar/ankommen/erste-schritte", "\"language\":\"ar\"");

		for (String bad : new String[] { API.formatted("de", ""), "/api/v1/public/landkreis-osnabrueck/de/search",
				API.formatted("de", "a".repeat(2000)), API.formatted("de", "Kita") + "&size=101",
				API.formatted("de", "Kita") + "&page=-1", API.formatted("de", "Kita%00") }) {
			HttpResponse<String> refused = this.anonymous.get(bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(bad)
				.startsWith("application/problem+json");
		}
		assertThat(this.anonymous.get(API.formatted("de", "")).body()).contains("q:");
		assertThat(this.anonymous.get(API.formatted("zz", "Kita")).statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get("/v3/api-docs").body()).contains("/api/v1/public/{slug}/{language}/search");
	}

}
