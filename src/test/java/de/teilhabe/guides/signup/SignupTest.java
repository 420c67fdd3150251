package de.teilhabe.guides.signup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.privacy.Consents;
import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public sign-up of guides through the real HTTP layer: a good sign-up is stored
 * pending and confirmed once by the mail's link (profile interested, consent recorded),
 * bad input answers 400 with field messages in the page's language and stores nothing, a
 * filled honeypot answers like a success and stores nothing, too many sign-ups from one
 * address answer 429, an expired link answers 410 and is removed by the retention rule.
 */
@IntegrationTest
class SignupTest {

	static final String SLUG = "landkreis-osnabrueck";

	static final String FORM = "/p/" + SLUG + "/de/lotsen";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/p/\\S+/lotsen/bestaetigen/\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	GuideRegions regions;

	@Autowired
	Consents consents;

	@Autowired
	SignupRateLimit limit;

	@Autowired
	UnconfirmedSignupRetention retention;

	UUID tenantId;

	@BeforeEach
	void fullBucket() {
		this.limit.reset();
		this.tenantId = this.tenants.findBySlug(SLUG).orElseThrow().id();
	}

	@Test
	void aSignupIsPendingUntilItsLinkConfirmsItOnceThenTheProfileIsInterestedWithConsent() {
		Http anonymous = new Http(this.port);
		String email = unique("good");
		HttpResponse<String> sent = anonymous.postForm(FORM, good(email), null);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/p/" + SLUG + "/de/lotsen/gesendet");
		assertThat(anonymous.get("/p/" + SLUG + "/de/lotsen/gesendet").body()).contains("E-Mail geschickt");
		assertThat(profiles(email)).isZero();
		String mail = mailTo(email);
		assertThat(mail).contains("Guten Tag Amal Haddad", "7 Tage");
		String link = link(mail);

		// opening the link (as a mail program or virus scanner may do by itself) confirms
		// nothing: its page has the
		// button that does
		HttpResponse<String> opened = anonymous.get(link);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body())
			.contains("Bitte bestätigen Sie Ihre Anmeldung", "Anmeldung bestätigen</span></button>")
			.doesNotContain("Ihre Anmeldung ist bestätigt");
		assertThat(anonymous.get(link).statusCode()).isEqualTo(200);
		assertThat(profiles(email)).isZero();

		HttpResponse<String> confirmed = anonymous.postForm(link, Map.of(), null);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Ihre Anmeldung ist bestätigt");
		assertThat(profiles(email)).isOne();
		Map<String, Object> profile = this.jdbc
			.sql("SELECT id, state, name, phone, mobility FROM guide_profile WHERE tenant_id = ? AND email = ?")
			.params(this.tenantId, email)
			.query()
			.singleRow();
		assertThat(profile).containsEntry("state", "INTERESTED")
			.containsEntry("name", "Amal Haddad")
			.containsEntry("mobility", "BICYCLE");
		String guideId = profile.get("id").toString();
		assertThat(this.jdbc.sql("SELECT code || ':' || level FROM guide_language WHERE tenant_id = ? AND guide_id = ?")
			.params(this.tenantId, UUID.fromString(guideId))
			.query(String.class)
			.list()).containsExactly("ar:NATIVE");
		assertThat(this.consents.isGiven(this.tenantId, Signups.SUBJECT, guideId, Signups.PURPOSE)).isTrue();
		// the sign-up keeps no personal data once confirmed
		assertThat(this.jdbc.sql("SELECT count(*) FROM guide_signup WHERE tenant_id = ? AND email = ?")
			.params(this.tenantId, email)
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> again = anonymous.postForm(link, Map.of(), null);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("bereits bestätigt");
		assertThat(anonymous.get(link).body()).contains("bereits bestätigt").doesNotContain("</button>");
		assertThat(profiles(email)).isOne();
	}

	@Test
	void badInputAnswers400WithFieldMessagesInTheReadersLanguageAndStoresNothing() {
		Http anonymous = new Http(this.port);
		String email = unique("bad");
		Map<String, String> fields = good(email);
		fields.put("homeRegion", "99999999");
		fields.remove("consent");
		fields.put("languages[0].code", "xx");
		HttpResponse<String> refused = anonymous.postForm("/p/" + SLUG + "/en/lotsen", fields, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Please give your consent", "Where you live (municipality)", "Language 1");
		Map<String, String> noMail = good("");
		HttpResponse<String> german = anonymous.postForm(FORM, noMail, null);
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(german.body()).contains("E-Mail-Adresse", "Bitte füllen Sie dieses Feld aus.");
		Map<String, String> huge = good(email);
		huge.put("name", "x".repeat(100_000));
		assertThat(anonymous.postForm(FORM, huge, null).statusCode()).isEqualTo(400);
		Map<String, String> nul = good(email);
		nul.put("name", "Amal\u0000Haddad");
		assertThat(anonymous.postForm(FORM, nul, null).statusCode()).isEqualTo(400);
		HttpResponse<String> broken = anonymous.send("POST", FORM, "multipart/form-data; boundary=xyz",
				"--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAmal");
		assertThat(broken.statusCode()).isBetween(400, 499);
		assertThat(pending(email)).isZero();
		assertThat(mails(email)).isZero();
	}

	@Test
	void aFilledHoneypotAnswersLikeASuccessAndStoresNothing() {
		Http anonymous = new Http(this.port);
		String email = unique("robot");
		Map<String, String> fields = good(email);
		fields.put(SignupController.HONEYPOT, "https://spam.example");
		HttpResponse<String> answer = anonymous.postForm(FORM, fields, null);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/lotsen/gesendet");
		assertThat(pending(email)).isZero();
		assertThat(mails(email)).isZero();
	}

	@Test
	void tooManySignupsFromOneAddressAnswer429() {
		Http anonymous = new Http(this.port);
		for (int i = 0; i < 10; i++) {
			assertThat(anonymous.postForm(FORM, Map.of(), null).statusCode()).as("post " + i).isEqualTo(400);
		}
		HttpResponse<String> busy = anonymous.postForm(FORM, good(unique("busy")), null);
		assertThat(busy.statusCode()).isEqualTo(429);
		assertThat(busy.headers().firstValue("Retry-After")).isPresent();
		assertThat(busy.body()).contains("sehr viele Anmeldungen");
		this.limit.reset();
	}

	@Test
	void anExpiredLinkAnswers410AndTheRetentionRuleRemovesTheSignup() {
		Http anonymous = new Http(this.port);
		String email = unique("late");
		assertThat(anonymous.postForm("/p/" + SLUG + "/de-x-ls/lotsen", good(email), null).statusCode()).isEqualTo(302);
		String mail = mailTo(email);
		assertThat(mail).contains("Bitte klicken Sie auf diesen Link");
		String link = link(mail);
		assertThat(link).contains("/de-x-ls/");
		this.jdbc
			.sql("""
					UPDATE guide_signup SET created_at = created_at - interval '8 days', expires_at = expires_at - interval '8 days'
					WHERE tenant_id = ? AND email = ?""")
			.params(this.tenantId, email)
			.update();
		HttpResponse<String> expired = anonymous.get(link);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Der Link geht nicht mehr").doesNotContain("</button>");
		assertThat(anonymous.postForm(link, Map.of(), null).statusCode()).isEqualTo(410);
		assertThat(profiles(email)).isZero();

		// the rule deletes what expired before the run, nothing younger
		assertThat(this.retention.apply(this.tenantId, Instant.now())).isPositive();
		assertThat(pending(email)).isZero();
		HttpResponse<String> gone = anonymous.get(link);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/p/" + SLUG + "/de/lotsen/bestaetigen/" + "x".repeat(500)).statusCode())
			.isEqualTo(404);
	}

	@Test
	void thePublicStartPageSaysWhatGuidesHelpWithAndLeadsToTheFormInItsLanguage() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/p/" + SLUG + "/de/").body()).contains(
				"Integrationslotsinnen und -lotsen begleiten Sie", "Begleitung zu Behörden und Verbänden",
				"href=\"/p/" + SLUG + "/de/lotsen\"", "Als Lotsin oder Lotse mitmachen");
		assertThat(anonymous.get("/p/" + SLUG + "/en/").body()).contains("Integration guides accompany you",
				"Accompaniment to authorities and organisations", "href=\"/p/" + SLUG + "/en/lotsen\"",
				"Volunteer as an integration guide");
	}

	@Test
	void theFormIsOfferedInEveryPublicLanguageWithLeichteSpracheOfItsOwn() {
		Http anonymous = new Http(this.port);
		for (String code : List.of("de", "en", "ar", "fa", "uk", "de-x-ls")) {
			HttpResponse<String> page = anonymous.get("/p/" + SLUG + "/" + code + "/lotsen");
			assertThat(page.statusCode()).as(code).isEqualTo(200);
			assertThat(page.body()).as(code)
				.contains("lang=\"" + code + "\"", "name=\"website\"", "hreflang=\"de-x-ls\"");
		}
		assertThat(anonymous.get("/p/" + SLUG + "/en/lotsen").body()).contains("Become a volunteer guide",
				"Consent to the processing");
		assertThat(anonymous.get("/p/" + SLUG + "/ar/lotsen").body()).contains("dir=\"rtl\"",
				"التطوع كمرشدة أو مرشد للاندماج");
		// Ukrainian: every label, option and the consent in Ukrainian, each language by
		// its
		// own name
		assertThat(anonymous.get("/p/" + SLUG + "/uk/lotsen").body())
			.contains("<html lang=\"uk\"", "dir=\"ltr\"",
					"<h1 class=\"kern-heading\">Стати волонтером-лоцманом з інтеграції</h1>",
					"Адреса електронної пошти", "Згода на обробку Ваших даних", "Я погоджуюся, щоб координаційне бюро",
					"Будь ласка, виберіть", "Рідна мова", "велосипедом", "Вівторок",
					"Супровід до установ і організацій", "value=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</option>",
					"value=\"de\" lang=\"de\">Deutsch</option>", "Надіслати реєстрацію")
			.doesNotContain("Einwilligung", "Bitte wählen", "Erstsprache", "Dienstag", "mit dem Fahrrad",
					"Lotsin oder Lotse werden", "Arabisch");
		// Leichte Sprache: its own texts under the ordinary keys, the languages by German
		// names
		assertThat(anonymous.get("/p/" + SLUG + "/de-x-ls/lotsen").body()).contains("Ehren-Amt",
				"Ich bin einverstanden", "Ihr Vor-Name und Ihr Nach-Name", "Erst-Sprache", "Anmeldung abschicken",
				"Arabisch – العربية</option>", "Ihre Erlaubnis");
		assertThat(anonymous.get(FORM).body()).contains("Einwilligung in die Verarbeitung", "Erstsprache",
				"Arabisch – العربية</option>");
		assertThat(anonymous.get("/p/" + SLUG + "/it/lotsen").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/p/no-such-office/de/lotsen").statusCode()).isEqualTo(404);
	}

	@Test
	void aSignupInArabicIsReadInArabicAndItsConsentIsRecordedInArabic() {
		Http anonymous = new Http(this.port);
		String arabic = "/p/" + SLUG + "/ar/lotsen";
		HttpResponse<String> form = anonymous.get(arabic);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body())
			.contains("<html lang=\"ar\"", "dir=\"rtl\"", "التطوع كمرشدة أو مرشد للاندماج", "الاسم الأول واسم العائلة",
					"عنوان البريد الإلكتروني", "الموافقة على معالجة بياناتكم", "لقد قرأت النص وأوافق عليه.",
					"اللغة الأم", "بالدراجة الهوائية", "الثلاثاء", "يرجى الاختيار", "إرسال التسجيل")
			.doesNotContain("Einwilligung", "Bitte wählen", "Erstsprache", "Dienstag", "Anmeldung absenden");

		// no consent: 400, the Arabic error names the field, in the field and in the
		// summary
		String email = unique("arabic");
		Map<String, String> fields = good(email);
		fields.remove("consent");
		HttpResponse<String> refused = anonymous.postForm(arabic, fields, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body())
			.contains("يرجى تصحيح الأخطاء (١)", "الموافقة: يرجى إعطاء موافقتكم؛ فبدون الموافقة لا يمكننا حفظ تسجيلكم.",
					"dir=\"rtl\"")
			.doesNotContain("Bitte willigen Sie ein");
		fields.put("email", "no-address");
		fields.put("availability[0].ends", "12:00");
		assertThat(anonymous.postForm(arabic, fields, null).body()).contains(
				"عنوان البريد الإلكتروني: يرجى إدخال عنوان بريد إلكتروني صحيح",
				"إلى (الوقت ١): يجب أن يكون وقت الانتهاء بعد وقت البدء.");
		assertThat(pending(email)).isZero();

		// complete: stored with the Arabic consent text it was shown, the mail in Arabic
		HttpResponse<String> sent = anonymous.postForm(arabic, good(email), null);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/ar/lotsen/gesendet");
		assertThat(anonymous.get(arabic + "/gesendet").body()).contains("أرسلنا إليكم رسالة بريد إلكتروني",
				"خلال ٧ أيام");
		Map<String, Object> stored = this.jdbc.sql("""
				SELECT s.language, s.consent_language, t.title, t.body FROM guide_signup s
				JOIN consent_text t ON t.tenant_id = s.tenant_id AND t.purpose = ? AND t.version = s.consent_version
				 AND t.language = s.consent_language
				WHERE s.tenant_id = ? AND s.email = ?""")
			.params(Signups.PURPOSE, this.tenantId, email)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("language", "ar")
			.containsEntry("consent_language", "ar")
			.containsEntry("title", "الموافقة على معالجة بياناتكم");
		assertThat(stored.get("body").toString()).startsWith("أوافق على أن يحفظ مكتب التنسيق");
		String mail = mailTo(email);
		assertThat(mail).contains("مرحبًا Amal Haddad،", "الرابط صالح لمدة ٧ أيام").doesNotContain("Guten Tag");
		assertThat(this.jdbc.sql("SELECT subject FROM mail_outbox WHERE tenant_id = ? AND recipient = ?")
			.params(this.tenantId, email)
			.query(String.class)
			.single()).isEqualTo("يرجى تأكيد تسجيلكم كمرشدة أو مرشد للاندماج");
		String link = link(mail);
		assertThat(link).contains("/ar/lotsen/bestaetigen/");
		assertThat(anonymous.get(link).body()).contains("نقرة واحدة بعد", "تأكيد التسجيل</span></button>");
		HttpResponse<String> confirmed = anonymous.postForm(link, Map.of(), null);
		assertThat(confirmed.body()).contains("تم تأكيد تسجيلكم");
		String guideId = this.jdbc.sql("SELECT id::text FROM guide_profile WHERE tenant_id = ? AND email = ?")
			.params(this.tenantId, email)
			.query(String.class)
			.single();
		assertThat(this.jdbc
			.sql("SELECT language FROM consent_record WHERE tenant_id = ? AND subject_type = ? AND subject_id = ?"
					+ " AND purpose = ?")
			.params(this.tenantId, Signups.SUBJECT, guideId, Signups.PURPOSE)
			.query(String.class)
			.single()).isEqualTo("ar");
		// a link that is not known answers in Arabic too
		assertThat(anonymous.get(arabic + "/bestaetigen/unknown").body()).contains("لا نعرف هذا الرابط");
	}

	private Map<String, String> good(String email) {
		String gemeinde = this.regions.of(this.tenantId).get(0).key();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Amal Haddad");
		fields.put("email", email);
		fields.put("phone", "0541 12345");
		fields.put("homeRegion", gemeinde);
		fields.put("gemeinden", gemeinde);
		fields.put("topics", "AUTHORITY");
		fields.put("mobility", "BICYCLE");
		fields.put("languages[0].code", "ar");
		fields.put("languages[0].level", "NATIVE");
		fields.put("availability[0].day", "TUESDAY");
		fields.put("availability[0].starts", "14:00");
		fields.put("availability[0].ends", "18:00");
		fields.put("consent", "true");
		return fields;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private String mailTo(String email) {
		return this.jdbc.sql("SELECT body FROM mail_outbox WHERE tenant_id = ? AND recipient = ?")
			.params(this.tenantId, email)
			.query(String.class)
			.single();
	}

	static String link(String mail) {
		Matcher matcher = LINK.matcher(mail);
		assertThat(matcher.find()).as(mail).isTrue();
		return matcher.group(1);
	}

	private long profiles(String email) {
		return this.jdbc.sql("SELECT count(*) FROM guide_profile WHERE tenant_id = ? AND email = ?")
			.params(this.tenantId, email)
			.query(Long.class)
			.single();
	}

	private long pending(String email) {
		return this.jdbc.sql("SELECT count(*) FROM guide_signup WHERE tenant_id = ? AND email = ?")
			.params(this.tenantId, email)
			.query(Long.class)
			.single();
	}

	private long mails(String email) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE tenant_id = ? AND recipient = ?")
			.params(this.tenantId, email)
			.query(Long.class)
			.single();
	}

}
