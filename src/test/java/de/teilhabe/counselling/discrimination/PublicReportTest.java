package de.teilhabe.counselling.discrimination;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.TimeTokens;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public anonymous report form: in German and English with {@code lang}, no cookie,
 * no sign-in; a good report lands as a complaint reported online, not yet reviewed, with
 * its description and contact encrypted, counted on the permitted counsellor's start
 * page; bad input names every field and stores nothing (also NUL bytes and huge strings);
 * a filled honeypot answers like a success and stores nothing; a form sent within seconds
 * of being shown is shown again and stores nothing; too many reports from one address
 * answer 429.
 */
@IntegrationTest
class PublicReportTest {

	private static final String FORM = "/p/landkreis-osnabrueck/de/diskriminierung-melden";

	private static final Pattern TOKEN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	ReportRateLimit limit;

	@Autowired
	Environment environment;

	@Autowired
	FormTimeToken timeTokens;

	UUID tenantId;

	@BeforeEach
	void fullBucket() {
		this.limit.reset();
		this.tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	/** The form's time token, shown more than the minimum time ago. */
	private String shownToken(Http anonymous, String form) throws InterruptedException {
		HttpResponse<String> page = anonymous.get(form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).as("no cookie for the anonymous visitor").isEmpty();
		Matcher token = TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		return TimeTokens.filledInTime(this.timeTokens, this.tenantId, "discrimination-report", token.group(1));
	}

	private static Map<String, String> good(String token, String description) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("shown", token);
		fields.put("incidentOn", "2026-11-20");
		fields.put("area", "AUTHORITIES");
		fields.put("characteristics", "LANGUAGE");
		fields.put("forms", "HARASSMENT");
		fields.put("description", description);
		fields.put("website", "");
		return fields;
	}

	private long reports(String text) {
		return this.jdbc
			.sql("SELECT count(*) FROM counselling_discrimination_complaint WHERE tenant_id = ? AND source = 'ONLINE' "
					+ "AND reviewed_at IS NULL AND created_at > now() - interval '1 minute'")
			.param(this.tenantId)
			.query(Long.class)
			.single();
	}

	@Test
	void aReportLandsAsAnOnlineComplaintNotYetReviewed() throws InterruptedException {
		Http anonymous = new Http(this.port);
		// the public start page leads to the form
		assertThat(anonymous.get("/p/landkreis-osnabrueck/de/").body()).contains("Diskriminierung erlebt?",
				"href=\"/p/landkreis-osnabrueck/de/diskriminierung-melden\"");
		HttpResponse<String> german = anonymous.get(FORM);
		assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"");
		assertThat(german.body()).contains("Diskriminierung melden", "Sie müssen keinen Namen",
				"bei einem Amt oder einer Behörde", "wegen meiner Sprache");
		HttpResponse<String> english = anonymous.get("/p/landkreis-osnabrueck/en/diskriminierung-melden");
		assertThat(english.body()).containsPattern("<html lang=\"en\"\\s+dir=\"ltr\"");
		assertThat(english.body()).contains("Report discrimination", "at an office or authority");
		HttpResponse<String> arabic = anonymous.get("/p/landkreis-osnabrueck/ar/diskriminierung-melden");
		if (arabic.statusCode() == 200) {
			assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"");
		}
		assertThat(anonymous.get("/p/landkreis-osnabrueck/xx/diskriminierung-melden").statusCode()).isEqualTo(404);

		long before = reports(null);
		String token = shownToken(anonymous, FORM);
		String text = "Am Schalter angeschrien " + CounsellingFixtures.uniqueName("Meldung");
		String contact = CounsellingFixtures.uniqueName("antwort") + "@example.org";
		Map<String, String> fields = good(token, text);
		fields.put("replyContact", contact);
		fields.put("replyConsent", "true");
		HttpResponse<String> sent = anonymous.postForm(FORM, fields, null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(sent.body()).contains("Danke. Ihre Meldung ist angekommen.");
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(reports(null)).isEqualTo(before + 1);
		Map<String, Object> stored = this.jdbc
			.sql("SELECT id, area, reported_language, reply_consent_at IS NOT NULL AS consent FROM "
					+ "counselling_discrimination_complaint WHERE tenant_id = ? AND source = 'ONLINE' "
					+ "ORDER BY created_at DESC LIMIT 1")
			.param(this.tenantId)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("area", "AUTHORITIES")
			.containsEntry("reported_language", "de")
			.containsEntry("consent", true);
		assertThat(this.jdbc.sql(
				"SELECT actor_name || ' ' || details FROM audit_event WHERE action = 'counselling.discrimination.reported' "
						+ "AND record_id = ?")
			.param(stored.get("id").toString())
			.query(String.class)
			.list()).containsExactly("public online, de");
		assertThat(de.teilhabe.counselling.StoredValues.whereStored(this.environment, java.util.List.of(text, contact)))
			.isEmpty();
		// the permitted counsellor reads it, marked as not yet reviewed, and the start
		// page
		// counts it
		Http berna = Http.loggedIn(this.port, "beratung", "demo");
		String page = berna.get("/counselling/discrimination-complaints/" + stored.get("id")).body();
		assertThat(page).contains(text, contact, "online gemeldet", "noch nicht geprüft", "Geprüft: speichern");
		assertThat(berna.get("/").body())
			.containsPattern("\\d+ Online-Meldung(en)? zu Diskriminierung noch nicht geprüft");
		assertThat(berna.get("/counselling/discrimination-complaints?unreviewed=true").body())
			.contains("online gemeldet, noch nicht geprüft");
	}

	@Test
	void badInputNamesEveryFieldAndStoresNothing() throws InterruptedException {
		Http anonymous = new Http(this.port);
		String token = shownToken(anonymous, FORM);
		long before = reports(null);
		Map<String, String> empty = new LinkedHashMap<>();
		empty.put("shown", token);
		HttpResponse<String> refused = anonymous.postForm(FORM, empty, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Wo ist es passiert?: Bitte wählen Sie, wo es passiert ist.",
				"Bitte wählen Sie mindestens einen Grund.", "Bitte schreiben Sie, was passiert ist.");

		Map<String, String> wrong = good(token, "Beschreibung");
		wrong.put("area", "MOON");
		wrong.put("incidentOn", "2999-01-01");
		wrong.put("replyContact", "jemand@example.org");
		HttpResponse<String> wrongAnswer = anonymous.postForm(FORM, wrong, null);
		assertThat(wrongAnswer.statusCode()).isEqualTo(400);
		assertThat(wrongAnswer.body()).contains("Wo ist es passiert?");

		Map<String, String> noConsent = good(token, "Beschreibung");
		noConsent.put("incidentOn", "2999-01-01");
		noConsent.put("replyContact", "jemand@example.org");
		HttpResponse<String> consent = anonymous.postForm(FORM, noConsent, null);
		assertThat(consent.statusCode()).isEqualTo(400);
		assertThat(consent.body()).contains("Dieser Tag liegt in der Zukunft.",
				"Bitte stimmen Sie zu, wenn wir Ihnen antworten sollen.");

		HttpResponse<String> huge = anonymous.postForm(FORM, good(token, "x".repeat(100_000)), null);
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("Bitte schreiben Sie höchstens 10000 Zeichen.");
		HttpResponse<String> nul = anonymous.postForm(FORM, good(token, "a\u0000b"), null);
		assertThat(nul.statusCode()).isEqualTo(400);

		// English messages on the English form
		HttpResponse<String> englishRefused = anonymous.postForm("/p/landkreis-osnabrueck/en/diskriminierung-melden",
				empty, null);
		assertThat(englishRefused.body()).contains("Please write what happened.");
		assertThat(reports(null)).isEqualTo(before);
	}

	@Test
	void robotsAreTurnedAwayHoneypotTooFastAndTooMany() throws InterruptedException {
		Http anonymous = new Http(this.port);
		long before = reports(null);
		// sent at once after loading the form: shown again, nothing stored
		Matcher fresh = TOKEN.matcher(anonymous.get(FORM).body());
		assertThat(fresh.find()).isTrue();
		HttpResponse<String> tooFast = anonymous.postForm(FORM, good(fresh.group(1), "schnell"), null);
		assertThat(tooFast.statusCode()).isEqualTo(400);
		assertThat(tooFast.body()).contains("Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.",
				"schnell");
		// without a token, or a forged one
		assertThat(anonymous.postForm(FORM, good("", "ohne"), null).statusCode()).isEqualTo(400);
		assertThat(anonymous.postForm(FORM, good("1700000000.abcdef", "gefälscht"), null).statusCode()).isEqualTo(400);
		// a filled honeypot: answered like a success, nothing stored
		String token = shownToken(anonymous, FORM);
		Map<String, String> robot = good(token, "Roboter");
		robot.put("website", "http://spam.example");
		HttpResponse<String> honeypot = anonymous.postForm(FORM, robot, null);
		assertThat(honeypot.statusCode()).isEqualTo(200);
		assertThat(honeypot.body()).contains("Danke. Ihre Meldung ist angekommen.");
		assertThat(reports(null)).isEqualTo(before);
		// every sent form counts (four above): 10 an hour from one address
		for (int i = 0; i < 6; i++) {
			anonymous.postForm(FORM, Map.of(), null);
		}
		HttpResponse<String> busy = anonymous.postForm(FORM, good(token, "zu viele"), null);
		assertThat(busy.statusCode()).isEqualTo(429);
		assertThat(busy.body()).contains("sehr viele Meldungen");
		assertThat(reports(null)).isEqualTo(before);
		this.limit.reset();
	}

}
