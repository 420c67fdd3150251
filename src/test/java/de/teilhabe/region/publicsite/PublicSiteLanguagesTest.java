package de.teilhabe.region.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts around the content of the public pages (skip link, footer, contact labels,
 * the start page's sections, the portal's notes and topics) in every default public
 * language but German and English: one file {@code i18n/public-site_<locale>.properties}
 * per language with the same keys, each a key of the German bundles, and the pages show
 * them instead of the German texts.
 */
@IntegrationTest
class PublicSiteLanguagesTest {

	/** The default public languages but German and English, with their bundle suffix. */
	static final List<String[]> LANGUAGES = List.of(new String[] { "ar", "ar" }, new String[] { "fa", "fa" },
			new String[] { "prs", "prs" }, new String[] { "ckb", "ckb" }, new String[] { "kmr", "kmr" },
			new String[] { "tr", "tr" }, new String[] { "ru", "ru" }, new String[] { "uk", "uk" },
			new String[] { "pl", "pl" }, new String[] { "ro", "ro" }, new String[] { "ti", "ti" },
			new String[] { "so", "so" }, new String[] { "fr", "fr" }, new String[] { "de-x-ls", "de__ls" });

	/** The German bundles whose keys the file translates. */
	static final List<String> GERMAN = List.of("shared", "region", "council", "council-public", "guides",
			"guides-signup", "network", "portal");

	@LocalServerPort
	int port;

	@Test
	void everyLanguageHasTheSameKeysAndEachIsAGermanKey() throws IOException {
		Set<String> german = new TreeSet<>();
		for (String bundle : GERMAN) {
			german.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> turkish = load("public-site_tr.properties").stringPropertyNames();
		assertThat(turkish).hasSizeGreaterThan(50).allSatisfy((key) -> assertThat(german).contains(key));
		List<String> problems = new ArrayList<>();
		for (String[] language : LANGUAGES) {
			Properties texts = load("public-site_" + language[1] + ".properties");
			if (!texts.stringPropertyNames().equals(turkish)) {
				problems.add(language[0] + " has other keys than tr");
			}
			texts.stringPropertyNames()
				.stream()
				.filter((key) -> texts.getProperty(key).isBlank() || texts.getProperty(key).contains("'"))
				.forEach((key) -> problems.add(language[0] + " " + key + " is empty or has an apostrophe'"));
		}
		assertThat(problems).isEmpty();
		assertThat(load("public-site.properties")).isEmpty();
		assertThat(load("public-site_en.properties")).isEmpty();
	}

	@Test
	void theStartPageAndAPortalPageShowTheTextsInTheVisitorsLanguage() throws IOException {
		Http anonymous = new Http(this.port);
		for (String[] language : LANGUAGES) {
			Properties texts = load("public-site_" + language[1] + ".properties");
			String path = "/p/landkreis-osnabrueck/" + language[0] + "/";
			HttpResponse<String> start = anonymous.get(path);
			assertThat(start.statusCode()).as(path).isEqualTo(200);
			assertThat(start.body()).as(path)
				.contains(texts.getProperty("layout.skip"), texts.getProperty("region.public.footer"),
						texts.getProperty("region.public.imprint"), texts.getProperty("network.public.offers"),
						texts.getProperty("portal.public.topics"), texts.getProperty("guides.public.signup"))
				.doesNotContain("Zum Inhalt springen", "Wegweiser: Themen");
			String portalPage = path + "ankommen";
			HttpResponse<String> page = anonymous.get(portalPage);
			assertThat(page.statusCode()).as(portalPage).isEqualTo(200);
			assertThat(page.body()).as(portalPage).contains(texts.getProperty("portal.public.crumbs"));
		}
		// German and English keep the modules' own texts
		assertThat(anonymous.get("/p/landkreis-osnabrueck/de/").body()).contains("Zum Inhalt springen",
				"Wegweiser: Themen");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/en/").body()).contains("Skip to content");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PublicSiteLanguagesTest.class.getResourceAsStream("/i18n/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
