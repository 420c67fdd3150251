package de.teilhabe.region.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * them instead of the German texts; the same for the public pages' own texts (search,
 * events, the forms, error texts): no module keeps files of these languages of its own,
 * and every text of a public page is in every language.
 */
@IntegrationTest
class PublicSiteLanguagesTest {

	/** The default public languages but German and English, with their bundle suffix. */
	static final List<String[]> LANGUAGES = List.of(new String[] { "ar", "ar" }, new String[] { "fa", "fa" },
			new String[] { "prs", "prs" }, new String[] { "ckb", "ckb" }, new String[] { "kmr", "kmr" },
			new String[] { "tr", "tr" }, new String[] { "ru", "ru" }, new String[] { "uk", "uk" },
			new String[] { "pl", "pl" }, new String[] { "ro", "ro" }, new String[] { "ti", "ti" },
			new String[] { "so", "so" }, new String[] { "fr", "fr" }, new String[] { "de-x-ls", "de__ls" });

	/**
	 * The German bundles whose keys the file translates: every bundle of the application.
	 */
	static final List<String> GERMAN = bundles();

	/**
	 * The templates of the public pages whose every text is translated (directories end
	 * with a slash): the layout, the start page and the texts of the region, the portal's
	 * pages, search, events, feedback and accessibility statement with its barrier
	 * report, asking for counselling, the discrimination report, the directory of offers,
	 * the Beirat's pages, a portal page as PDF and the volunteer guides' sign-up.
	 */
	static final List<String> PUBLIC_TEMPLATES = List.of("public-layout.html", "public/", "portal/public/",
			"counselling/webrequest/public-form.html", "counselling/discrimination/report.html", "portal/directory/",
			"council/public/", "portal/print/page.html", "guides/signup/form.html", "guides/signup/outcome.html");

	/**
	 * Texts of those pages that stay German where the page is not in German or English:
	 * the accessibility statement itself (a legal text, shown in German with a note in
	 * the reader's language, marked {@code lang="de"}); its title and the note are
	 * translated. Not public at all: the network form's error of the weekly hours, kept
	 * in the directory's bundle.
	 */
	static final List<String> GERMAN_ONLY = List.of("portal.forms.statement.", "portal.directory.error.weeklyHours");

	/**
	 * Keys the public pages build at run time (enum labels, the forms' error texts, the
	 * error summary of a form, the directory's filters and the network's kinds, the
	 * council's states, roles and kinds of paper, the app's manifest, the details of an
	 * error page): every German key with one of these prefixes is a public text.
	 */
	static final List<String> PUBLIC_PREFIXES = List.of("portalEvents.category.", "portalEvents.error.",
			"portal.search.error.empty", "portal.search.error.long", "portal.search.type.",
			"portal.forms.request.topic.", "portal.forms.request.error.", "portal.forms.request.page.",
			"portal.forms.feedback.error.", "portal.forms.feedback.page.", "portal.forms.barrier.error.",
			"portal.forms.barrier.page.", "counselling.discrimination.report.", "counselling.discrimination.public.",
			"typeMismatch.reportForm.", "portal.directory.error.", "portal.directory.day.", "portal.directory.holiday.",
			"portal.directory.field.", "portal.directory.map.", "portal.directory.notFound",
			"portal.directory.startLink", "portal.directory.filter.", "portal.directory.all", "portal.directory.art.",
			"portal.directory.cost.", "network.kind.", "network.offerKind.", "council.state.", "council.role.",
			"council.paperType.", "portal.app.", "guides.signup.error.", "guides.signup.page.",
			"guides.signup.outcome.", "guides.signup.mail.", "guides.signup.field.", "guides.signup.consent.",
			"guides.level.", "guides.day.", "guides.mobility.", "guides.topic.",
			// the details of the error pages on public paths (shared.web.ErrorResponses)
			"error.controlCharacter", "error.badMultipart", "error.unreadableParameters", "error.tooLarge",
			"error.badAddress", "error.badValue", "error.missingValue");

	/** Literal message keys in a template. */
	static final Pattern KEY = Pattern
		.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]|#messages\\.msg\\('([A-Za-z0-9_.\\-]+)'\\s*[,)]");

	/** Placeholders of a text: {@code {0}}, {@code {max}}. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)");

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

	/**
	 * One rule for the texts of the public pages in the languages beyond German and
	 * English: they live in {@code public-site_<locale>}, never in a module's own files
	 * per language (those would lose against the German file of every bundle read before
	 * them, and a translator works on one file per language).
	 */
	@Test
	void noOtherBundleHasFilesOfThePublicLanguages() {
		List<String> problems = new ArrayList<>();
		for (String bundle : GERMAN) {
			for (String[] language : LANGUAGES) {
				String resource = "/i18n/" + bundle + "_" + language[1] + ".properties";
				if (PublicSiteLanguagesTest.class.getResource(resource) != null) {
					problems.add(resource + ": put its keys into i18n/public-site_" + language[1] + ".properties");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Every text the public pages show — the keys their templates name and the keys built
	 * at run time — is translated in every language (the key sets are equal, see above),
	 * so that a new label in German only fails the build.
	 */
	@Test
	void everyTextOfThePublicPagesIsInEveryLanguage() throws IOException {
		Set<String> german = new TreeSet<>();
		for (String bundle : GERMAN) {
			german.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> publicKeys = new TreeSet<>();
		Path templates = Path.of("src/main/resources/templates");
		for (String name : PUBLIC_TEMPLATES) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(templates.resolve(name))) {
				files = walk.filter((file) -> file.toString().endsWith(".html")).toList();
			}
			assertThat(files).as(name).isNotEmpty();
			for (Path file : files) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					publicKeys.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		german.stream().filter((key) -> PUBLIC_PREFIXES.stream().anyMatch(key::startsWith)).forEach(publicKeys::add);
		publicKeys.removeIf((key) -> GERMAN_ONLY.stream().anyMatch(key::startsWith)
				&& !key.equals("portal.forms.statement.title") && !key.equals("portal.forms.statement.fallback"));
		assertThat(publicKeys).contains("portalEvents.filter.category", "portal.search.label",
				"portal.forms.request.field.name", "portal.forms.request.error.name", "portalEvents.category.kultur",
				"portal.forms.barrier.field.description", "layout.skip", "portal.directory.filter.thema",
				"portal.directory.day.MONDAY", "portal.directory.holiday.NEW_YEAR", "portal.directory.error.gemeinde",
				"guides.signup.consent.body", "guides.signup.error.required", "guides.signup.page.errors",
				"guides.signup.outcome.expired.text", "guides.signup.mail.body", "guides.level.NATIVE",
				"guides.day.MONDAY", "guides.mobility.CAR", "network.offerKind.MEETING_PLACE", "council.public.next",
				"council.state.INVITED");
		Set<String> turkish = load("public-site_tr.properties").stringPropertyNames();
		List<String> missing = publicKeys.stream().filter((key) -> !turkish.contains(key)).toList();
		assertThat(missing).as("public texts missing in public-site_<locale>.properties").isEmpty();
		// placeholders kept in every language
		Properties germanTexts = new Properties();
		for (String bundle : GERMAN) {
			germanTexts.putAll(load(bundle + ".properties"));
		}
		List<String> problems = new ArrayList<>();
		for (String[] language : LANGUAGES) {
			Properties texts = load("public-site_" + language[1] + ".properties");
			for (String key : texts.stringPropertyNames()) {
				if (!placeholders(texts.getProperty(key)).equals(placeholders(germanTexts.getProperty(key)))) {
					problems.add(language[0] + " " + key + ": other placeholders than German");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> placeholders(String text) {
		return PLACEHOLDER.matcher(text)
			.results()
			.map((found) -> found.group(1))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The bundles of the application but the public pages' own. */
	private static List<String> bundles() {
		try (InputStream in = PublicSiteLanguagesTest.class.getResourceAsStream("/application.properties")) {
			Properties application = new Properties();
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return Stream.of(application.getProperty("spring.messages.basename").split(","))
				.map(String::trim)
				.map((name) -> name.substring(name.lastIndexOf('/') + 1))
				.filter((name) -> !name.isEmpty() && !name.equals("public-site"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
						texts.getProperty("portal.public.topics"), texts.getProperty("guides.public.signup"),
						texts.getProperty("portal.directory.startLink"),
						"/p/landkreis-osnabrueck/" + language[0] + "/angebote")
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
