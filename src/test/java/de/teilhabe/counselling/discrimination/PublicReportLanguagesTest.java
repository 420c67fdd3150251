package de.teilhabe.counselling.discrimination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.TimeTokens;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public report form in every default public language: each language but German and
 * English has every key of the form in its file of the public pages' texts
 * {@code public-site_<locale>.properties} (key completeness, placeholders kept, no
 * apostrophe MessageFormat would swallow), found under the locale
 * {@link Language#locale()} gives (Leichte Sprache {@code de-x-ls} → {@code de__ls},
 * falling back to German for the rest); the form renders in Arabic (right to left),
 * Ukrainian and Leichte Sprache, and a bad submission in Arabic names its errors in
 * Arabic.
 */
@IntegrationTest
class PublicReportLanguagesTest {

	private static final String BUNDLE = "counselling-discrimination";

	private static final Pattern TOKEN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	ReportRateLimit limit;

	@Autowired
	FormTimeToken timeTokens;

	@Autowired
	Tenants tenants;

	@BeforeEach
	void fullBucket() {
		this.limit.reset();
	}

	/** The keys the public form, its confirmation and its link on the start page use. */
	static Set<String> formKeys(Properties german) {
		Set<String> keys = new TreeSet<>();
		for (String key : german.stringPropertyNames()) {
			if (key.startsWith("counselling.discrimination.report.")
					|| key.startsWith("counselling.discrimination.public.")
					|| key.startsWith("typeMismatch.reportForm.")) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PublicReportLanguagesTest.class.getResourceAsStream("/i18n/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * The file of the public pages' texts resource bundles read for a language, from the
	 * locale it is shown in.
	 */
	private static String fileOf(Language language) {
		return ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
			.toBundleName("public-site", language.locale()) + ".properties";
	}

	@Test
	void everyDefaultPublicLanguageHasEveryKeyOfTheForm() throws IOException {
		Properties german = load(BUNDLE + ".properties");
		Set<String> keys = formKeys(german);
		assertThat(keys)
			.contains("counselling.discrimination.report.title", "counselling.discrimination.report.error.consent",
					"counselling.discrimination.report.page.errors",
					"counselling.discrimination.report.area.AUTHORITIES", "typeMismatch.reportForm.incidentOn")
			.hasSizeGreaterThan(55);
		assertThat(load(BUNDLE + "_en.properties").stringPropertyNames()).containsAll(keys);
		for (String code : Languages.PUBLIC_DEFAULT) {
			if (code.equals("de") || code.equals("en")) {
				continue;
			}
			Language language = Languages.find(code).orElseThrow();
			Properties translated = load(fileOf(language));
			assertThat(translated.stringPropertyNames()).as(code + ": every key of the public form").containsAll(keys);
			for (String key : keys) {
				String text = translated.getProperty(key);
				assertThat(text).as(code + " " + key).isNotBlank().doesNotContain("'");
				assertThat(placeholders(text)).as(code + " " + key + ": placeholders")
					.isEqualTo(placeholders(german.getProperty(key)));
			}
			// read through the application's message source in the page's locale
			Locale locale = language.locale();
			String intro = this.messages.getMessage("counselling.discrimination.report.intro", null, locale);
			assertThat(intro).as(code)
				.isEqualTo(translated.getProperty("counselling.discrimination.report.intro"))
				.isNotEqualTo(german.getProperty("counselling.discrimination.report.intro"));
		}
	}

	@Test
	void leichteSpracheIsTheVariantLocaleAndFallsBackToGerman() {
		Language easy = Languages.find(Languages.EASY_GERMAN).orElseThrow();
		assertThat(easy.locale().getLanguage()).isEqualTo("de");
		assertThat(easy.locale().getVariant()).isEqualTo("ls");
		assertThat(fileOf(easy)).isEqualTo("public-site_de__ls.properties");
		assertThat(Languages.find("de").orElseThrow().locale()).isEqualTo(Locale.GERMAN);
		assertThat(Languages.find("prs").orElseThrow().locale().getLanguage()).isEqualTo("prs");
		assertThat(this.messages.getMessage("counselling.discrimination.report.submit", null, easy.locale()))
			.isEqualTo("Meldung abschicken");
		// a text Leichte Sprache does not have: German, as before
		assertThat(this.messages.getMessage("counselling.discrimination.error.notFound", null, easy.locale()))
			.isEqualTo("Diese Beschwerde gibt es nicht.");
	}

	@Test
	void theFormRendersInArabicUkrainianAndLeichteSprache() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> arabic = anonymous.get("/p/landkreis-osnabrueck/ar/diskriminierung-melden");
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("<h1 class=\"kern-heading\">الإبلاغ عن التمييز</h1>", ">أين حدث ذلك؟</label>",
					"في دائرة حكومية أو لدى جهة رسمية", "بسبب لغتي", "إرسال البلاغ", ">يرجى الاختيار</option>")
			.doesNotContain("Wo ist es passiert?");
		for (String rtl : new String[] { "fa", "prs", "ckb" }) {
			assertThat(anonymous.get("/p/landkreis-osnabrueck/" + rtl + "/diskriminierung-melden").body()).as(rtl)
				.containsPattern("<html lang=\"" + rtl + "\"\\s+dir=\"rtl\"");
		}
		HttpResponse<String> ukrainian = anonymous.get("/p/landkreis-osnabrueck/uk/diskriminierung-melden");
		assertThat(ukrainian.body()).containsPattern("<html lang=\"uk\"\\s+dir=\"ltr\"")
			.contains("Повідомити про дискримінацію", "Де це сталося?", "через мою мову", "Надіслати повідомлення");
		HttpResponse<String> easy = anonymous.get("/p/landkreis-osnabrueck/de-x-ls/diskriminierung-melden");
		assertThat(easy.body()).containsPattern("<html lang=\"de-x-ls\"\\s+dir=\"ltr\"")
			.contains("Diskriminierung heißt: Menschen werden schlechter behandelt.", "Meldung abschicken",
					"bei einem Amt");
		// the start page's link in the page's language
		assertThat(anonymous.get("/p/landkreis-osnabrueck/ar/").body()).contains("هل تعرّضت للتمييز؟",
				"href=\"/p/landkreis-osnabrueck/ar/diskriminierung-melden\"");
	}

	@Test
	void aBadReportInArabicNamesItsErrorsInArabic() throws InterruptedException {
		Http anonymous = new Http(this.port);
		String form = "/p/landkreis-osnabrueck/ar/diskriminierung-melden";
		Matcher token = TOKEN.matcher(anonymous.get(form).body());
		assertThat(token.find()).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("shown",
				TimeTokens.filledInTime(this.timeTokens,
						this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id(), "discrimination-report",
						token.group(1)));
		fields.put("incidentOn", "2999-01-01");
		fields.put("replyContact", "jemand@example.org");
		HttpResponse<String> refused = anonymous.postForm(form, fields, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("يرجى تصحيح الأخطاء", "أين حدث ذلك؟: يرجى اختيار المكان الذي حدث فيه ذلك.",
					"يرجى اختيار سبب واحد على الأقل.", "يرجى كتابة ما حدث.", "هذا اليوم في المستقبل.",
					"يرجى الموافقة إذا كنت تريد أن نرد عليك")
			.doesNotContain("Bitte", "Please");

		fields.put("incidentOn", "kein Datum");
		fields.put("area", "MOON");
		fields.put("description", "x".repeat(10_001));
		HttpResponse<String> wrong = anonymous.postForm(form, fields, null);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("يرجى إدخال تاريخ صحيح.", "يرجى الاختيار من القائمة فقط.",
				"يرجى ألّا يتجاوز النص 10000 حرفًا.");
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
