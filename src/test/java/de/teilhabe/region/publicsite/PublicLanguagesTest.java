package de.teilhabe.region.publicsite;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in every language a tenant offers, each with the right {@code lang}
 * and {@code dir} on {@code <html>}, and the anonymous list of those languages
 * ({@code GET /api/v1/languages?tenant=}).
 */
@IntegrationTest
class PublicLanguagesTest {

	/** The default set of a tenant: the demo tenants have not changed it. */
	static final List<String> DEFAULT = List.of("de", "en", "ar", "fa", "prs", "ckb", "kmr", "tr", "ru", "uk", "pl",
			"ro", "ti", "so", "fr", "de-x-ls");

	private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa", "prs", "ckb");

	private static final Pattern HTML = Pattern.compile("<html[^>]*>");

	@LocalServerPort
	int port;

	@Test
	void everyPublicPageInEveryOfferedLanguageHasItsLangAndDir() {
		Http anonymous = new Http(this.port);
		for (String slug : List.of("landkreis-osnabrueck", "stadt-osnabrueck")) {
			List<String> offered = ApiLists.all(anonymous, "/api/v1/languages?tenant=" + slug)
				.stream()
				.map((language) -> (String) language.get("code"))
				.toList();
			assertThat(offered).as(slug).containsExactlyElementsOf(DEFAULT);
			for (String code : offered) {
				for (String page : List.of("", "impressum", "datenschutz")) {
					String path = "/p/" + slug + "/" + code + "/" + page;
					HttpResponse<String> response = anonymous.get(path);
					assertThat(response.statusCode()).as(path).isEqualTo(200);
					String dir = RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr";
					assertThat(html(response.body())).as(path)
						.contains("lang=\"" + code + "\"")
						.contains("dir=\"" + dir + "\"");
					// the language switch offers every language, each named in itself
					assertThat(response.body()).as(path)
						.contains("hreflang=\"ar\"", ">العربية<", "hreflang=\"de-x-ls\"", ">Leichte Sprache<",
								">Kurmancî<", ">ትግርኛ<");
				}
			}
		}
	}

	@Test
	void anUnknownOrNotOfferedLanguageIsAFriendly404InGerman() {
		Http anonymous = new Http(this.port);
		// Italian is in the reference list but not offered; the others are no codes of it
		// or not its own spelling
		for (String path : List.of("/p/stadt-osnabrueck/it/", "/p/stadt-osnabrueck/xx/impressum",
				"/p/stadt-osnabrueck/AR/", "/p/stadt-osnabrueck/ara/datenschutz", "/p/stadt-osnabrueck/it")) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(html(response.body())).as(path).contains("lang=\"de\"").contains("dir=\"ltr\"");
			assertThat(response.body()).as(path).contains("Seite nicht gefunden");
		}
	}

	@Test
	void theApiListsTheOfferedLanguagesWithNamesAndDirectionAnonymously() {
		Http anonymous = new Http(this.port);
		Map<String, Object> all = ApiLists.page(anonymous, "/api/v1/languages?tenant=landkreis-osnabrueck");
		assertThat(all).containsEntry("page", 0)
			.containsEntry("size", 100)
			.containsEntry("totalItems", 16)
			.containsEntry("totalPages", 1);
		List<Map<String, Object>> languages = ApiLists.all(anonymous, "/api/v1/languages?tenant=landkreis-osnabrueck");
		assertThat(languages).filteredOn((language) -> "ar".equals(language.get("code")))
			.singleElement()
			.satisfies((arabic) -> assertThat(arabic).containsEntry("nativeName", "العربية")
				.containsEntry("nameDe", "Arabisch")
				.containsEntry("nameEn", "Arabic")
				.containsEntry("dir", "rtl")
				.containsEntry("variantOf", null));
		assertThat(languages).filteredOn((language) -> "kmr".equals(language.get("code")))
			.singleElement()
			.satisfies((kurmanji) -> assertThat(kurmanji).containsEntry("dir", "ltr"));
		assertThat(languages).filteredOn((language) -> "de-x-ls".equals(language.get("code")))
			.singleElement()
			.satisfies((easy) -> assertThat(easy).containsEntry("nativeName", "Leichte Sprache")
				.containsEntry("variantOf", "de")
				.containsEntry("dir", "ltr"));

		Map<String, Object> second = ApiLists.page(anonymous,
				"/api/v1/languages?tenant=landkreis-osnabrueck&size=2&page=1");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> secondItems = (List<Map<String, Object>>) second.get("items");
		assertThat(secondItems).extracting((language) -> language.get("code")).containsExactly("ar", "fa");
		assertThat(second).containsEntry("totalPages", 8);

		HttpResponse<String> unknown = anonymous.get("/api/v1/languages?tenant=gibt-es-nicht");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static String html(String page) {
		Matcher html = HTML.matcher(page);
		assertThat(html.find()).as("an <html> element").isTrue();
		return html.group();
	}

}
