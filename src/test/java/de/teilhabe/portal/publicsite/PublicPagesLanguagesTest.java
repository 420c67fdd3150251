package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.region.Tenants;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.TimeTokens;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's newer public pages — events, search, asking for counselling, the
 * accessibility statement's barrier report — in Arabic (right to left), Ukrainian and
 * Tigrinya: their labels come from {@code i18n/public-site_<locale>.properties}, no
 * German label is left, and a bad request names its errors in the reader's language.
 */
@IntegrationTest
class PublicPagesLanguagesTest {

	private static final String BASE = "/p/landkreis-osnabrueck/";

	private static final Pattern TOKEN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

	/**
	 * Labels of these pages in German that must not show on a page in another language.
	 */
	private static final List<String> GERMAN = List.of("Zum Inhalt springen", "Art der Veranstaltung",
			"Im Kalender abonnieren", "Zum eigenen Kalender", "Suche im Wegweiser", "Beratung anfragen",
			"Anfrage senden", "Wie erreichen wir Sie", "Ich bin einverstanden", "Bitte wählen", "Bitte korrigieren",
			"Bitte schreiben Sie", "Barriere melden", "Was funktioniert nicht");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FormTimeToken timeTokens;

	@Autowired
	Tenants tenants;

	@BeforeEach
	void fullBuckets() {
		ReflectionTestUtils.invokeMethod(this.context.getBean("publicWebRequestController"), "reset");
	}

	@Test
	void eventsSearchAndTheRequestFormAreInTheVisitorsLanguage() throws IOException {
		Http anonymous = new Http(this.port);
		for (String code : List.of("ar", "uk", "ti")) {
			Properties texts = load(code);

			assertThat(page(anonymous, code, "veranstaltungen")).as(code + " events")
				.contains(texts.getProperty("portalEvents.title"), texts.getProperty("portalEvents.filter.category"),
						texts.getProperty("portalEvents.filter.submit"), texts.getProperty("portalEvents.feeds"),
						texts.getProperty("portalEvents.category.kultur"), texts.getProperty("layout.skip"))
				.doesNotContain(GERMAN);
			assertThat(page(anonymous, code, "suche?q=qqxyzzyqq")).as(code + " search")
				.contains(texts.getProperty("portal.search.label"), texts.getProperty("portal.search.submit"),
						format(code, texts.getProperty("portal.search.none"), "qqxyzzyqq"))
				.doesNotContain("Keine Treffer")
				.doesNotContain(GERMAN);
			HttpResponse<String> empty = anonymous.get(BASE + code + "/suche?q=");
			assertThat(empty.statusCode()).isEqualTo(400);
			assertThat(empty.body()).as(code + " empty search")
				.contains(texts.getProperty("portal.search.error.empty"))
				.doesNotContain("Bitte geben Sie ein");
			assertThat(page(anonymous, code, "beratung-anfragen")).as(code + " request form")
				.contains(texts.getProperty("portal.forms.request.title"),
						texts.getProperty("portal.forms.request.field.name"),
						texts.getProperty("portal.forms.request.consent.text"),
						texts.getProperty("portal.forms.request.topic.HOUSING"),
						texts.getProperty("portal.forms.request.submit"))
				.doesNotContain(GERMAN);
			assertThat(page(anonymous, code, "barrierefreiheit")).as(code + " accessibility statement")
				.contains(texts.getProperty("portal.forms.statement.title"),
						texts.getProperty("portal.forms.statement.fallback"),
						texts.getProperty("portal.forms.barrier.title"),
						texts.getProperty("portal.forms.barrier.field.description"))
				// the statement itself stays German, marked as such
				.contains("<div class=\"stack\" lang=\"de\" dir=\"ltr\">", "Schlichtungsverfahren")
				.doesNotContain("Barriere melden", "Was funktioniert nicht");
		}
	}

	@Test
	void theDirectoryIsInTheVisitorsLanguage() throws IOException {
		Http anonymous = new Http(this.port);
		for (String code : List.of("ar", "uk")) {
			Properties texts = load(code);
			assertThat(page(anonymous, code, "angebote")).as(code + " directory")
				.contains(texts.getProperty("portal.directory.title"),
						texts.getProperty("portal.directory.filter.gemeinde"),
						texts.getProperty("portal.directory.filter.thema"),
						texts.getProperty("portal.directory.filter.jetzt"),
						texts.getProperty("portal.directory.art.all"), texts.getProperty("portal.directory.apply"),
						texts.getProperty("layout.skip"))
				.doesNotContain("Angebote und Organisationen", "Nur jetzt geöffnet", "Alle Filter zurücksetzen",
						"Organisationen und Angebote", "Zum Inhalt springen");
			HttpResponse<String> wrong = anonymous.get(BASE + code + "/angebote?kosten=vielleicht");
			assertThat(wrong.statusCode()).isEqualTo(400);
			assertThat(wrong.body()).as(code + " directory with a wrong filter")
				.contains(texts.getProperty("portal.directory.error.summary"),
						texts.getProperty("portal.directory.error.kosten"), texts.getProperty("portal.directory.reset"))
				.doesNotContain("Einige Filter sind nicht verständlich", "Bitte „kostenlos“");
			assertThat(page(anonymous, code, "angebote/gemeinden")).as(code + " directory by Gemeinde")
				.contains(texts.getProperty("portal.directory.byGemeinde"),
						texts.getProperty("portal.directory.map.caption"))
				.doesNotContain("Nach Gemeinde", "Je größer der Kreis");
		}
	}

	/**
	 * A public page in a language: 200, with the language and its direction on
	 * {@code html}.
	 */
	private static String page(Http anonymous, String code, String path) {
		HttpResponse<String> page = anonymous.get(BASE + code + "/" + path);
		assertThat(page.statusCode()).as(code + " " + path).isEqualTo(200);
		String dir = List.of("ar", "fa", "prs", "ckb").contains(code) ? "rtl" : "ltr";
		assertThat(page.body()).as(code + " " + path)
			.containsPattern("<html lang=\"" + code + "\"\\s+dir=\"" + dir + "\"");
		return page.body();
	}

	@Test
	void badInputOnTheRequestFormIsNamedInTheReadersLanguage() throws IOException, InterruptedException {
		Http anonymous = new Http(this.port);
		Map<String, String> tokens = new java.util.HashMap<>();
		for (String code : List.of("ar", "uk")) {
			Matcher token = TOKEN.matcher(anonymous.get(BASE + code + "/beratung-anfragen").body());
			assertThat(token.find()).isTrue();
			// the form's time token: a person needs a few seconds
			tokens.put(code,
					TimeTokens.filledInTime(this.timeTokens,
							this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id(),
							"counselling-web-request", token.group(1)));
		}
		for (String code : List.of("ar", "uk")) {
			Properties texts = load(code);
			HttpResponse<String> refused = anonymous.postForm(BASE + code + "/beratung-anfragen",
					Map.of("shown", tokens.get(code), "email", "keine-adresse"), null);
			assertThat(refused.statusCode()).as(code).isEqualTo(400);
			assertThat(refused.body()).as(code)
				.contains(texts.getProperty("portal.forms.request.error.name"),
						texts.getProperty("portal.forms.request.error.email"),
						texts.getProperty("portal.forms.request.error.preferredLanguage"),
						texts.getProperty("portal.forms.request.error.consent"),
						format(code, texts.getProperty("portal.forms.request.page.errors"), 4))
				.doesNotContain(GERMAN)
				.doesNotContain("Please write a name.");
		}
	}

	@Test
	void anUnknownEventAnswersInTheVisitorsLanguage() throws IOException {
		Http anonymous = new Http(this.port);
		Properties arabic = load("ar");
		HttpResponse<String> unknown = anonymous.get(BASE + "ar/veranstaltungen/00000000-0000-0000-0000-000000000000");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains(arabic.getProperty("error.404"))
			.doesNotContain("Seite nicht gefunden", "Zum Inhalt springen");
	}

	/**
	 * The JDK knows Dari and Kurmanji only as Persian of Afghanistan and as Kurdish:
	 * their dates must not fall back to English month and day names.
	 */
	@Test
	void datesInDariAndKurmanjiHaveTheirOwnMonthNames() throws IOException {
		Times times = new Times(ZoneId.of("Europe/Berlin"));
		OffsetDateTime start = OffsetDateTime.parse("2026-12-11T18:00:00+01:00");
		assertThat(times.dateTime(start, Locale.forLanguageTag("prs"))).contains("دسمبر").doesNotContain("Dec", "Fri");
		assertThat(times.dateTime(start, Locale.forLanguageTag("kmr"))).contains("berfanbarê")
			.doesNotContain("Dec", "Fri");

		Http anonymous = new Http(this.port);
		YearMonth month = YearMonth.from(BerlinTime.today());
		String english = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(month);
		assertThat(page(anonymous, "prs", "veranstaltungen")).as("Dari month filter")
			.contains(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("fa-AF")).format(month))
			.doesNotContain(english);
		assertThat(page(anonymous, "kmr", "veranstaltungen")).as("Kurmanji month filter")
			.contains(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ku")).format(month))
			.doesNotContain(english);
	}

	/**
	 * A text with its arguments as the page shows it (Arabic with Arabic-Indic digits).
	 */
	private static String format(String code, String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.forLanguageTag(code)).format(arguments);
	}

	private static Properties load(String code) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PublicPagesLanguagesTest.class
			.getResourceAsStream("/i18n/public-site_" + code + ".properties")) {
			assertThat(in).as(code).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
