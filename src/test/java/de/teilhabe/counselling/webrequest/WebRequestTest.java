package de.teilhabe.counselling.webrequest;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.counselling.StoredValues;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.privacy.RetentionRule;
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
 * „Beratung anfragen“ on the Wegweiser: in German, English and Arabic without a cookie; a
 * good request lands encrypted with its consent, the counsellors get a mail without
 * personal data, the start page and the list show it without names, reading it is
 * audited; taking it over creates a client and deletes it, declining deletes it; bad
 * input names every field in the reader's language and stores nothing; robots (honeypot,
 * too fast, forged token, too many) store nothing; the retention rule deletes requests
 * older than 30 days; another tenant's counsellor gets 404.
 */
@IntegrationTest
class WebRequestTest {

	private static final String FORM = "/p/landkreis-osnabrueck/de/beratung-anfragen";

	private static final Pattern TOKEN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

	private static final Pattern GEMEINDE = Pattern.compile("<option value=\"(\\d{8,12})\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	PublicWebRequestController controller;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	Environment environment;

	@Autowired
	FormTimeToken timeTokens;

	UUID tenantId;

	@BeforeEach
	void fullBucket() {
		this.controller.reset();
		this.tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	private String shownToken(Http anonymous, String form) throws InterruptedException {
		HttpResponse<String> page = anonymous.get(form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).as("no cookie for the anonymous visitor").isEmpty();
		Matcher token = TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		return TimeTokens.filledInTime(this.timeTokens, this.tenantId, "counselling-web-request", token.group(1));
	}

	private Map<String, String> good(String token, String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("shown", token);
		fields.put("name", name);
		fields.put("email", name.toLowerCase().replace(' ', '.') + "@example.org");
		fields.put("preferredLanguage", "ar");
		fields.put("topic", "HOUSING");
		fields.put("message", "Wir suchen eine Wohnung " + name);
		fields.put("consent", "true");
		fields.put("website", "");
		return fields;
	}

	private long requests() {
		return this.jdbc.sql("SELECT count(*) FROM counselling_web_request WHERE tenant_id = ?")
			.param(this.tenantId)
			.query(Long.class)
			.single();
	}

	private UUID newest() {
		return this.jdbc
			.sql("SELECT id FROM counselling_web_request WHERE tenant_id = ? ORDER BY created_at DESC LIMIT 1")
			.param(this.tenantId)
			.query(UUID.class)
			.single();
	}

	@Test
	void aRequestArrivesEncryptedAndIsTakenOverAsAClient() throws InterruptedException {
		Http anonymous = new Http(this.port);
		HttpResponse<String> german = anonymous.get(FORM);
		assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
			.contains("Beratung anfragen", "In welcher Sprache möchten Sie beraten werden?", "العربية", "Wohnen",
					"Ich bin einverstanden, dass die Beratungsstelle meine Angaben speichert");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/en/beratung-anfragen").body())
			.containsPattern("<html lang=\"en\"\\s+dir=\"ltr\"")
			.contains("Ask for counselling", "Learning German");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/ar/beratung-anfragen").body())
			.containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("طلب استشارة", "أوافق على أن يحفظ مركز الاستشارة بياناتي");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/xx/beratung-anfragen").statusCode()).isEqualTo(404);
		Matcher gemeinde = GEMEINDE.matcher(german.body());
		assertThat(gemeinde.find()).as("the Gemeinden by name").isTrue();

		long before = requests();
		String token = shownToken(anonymous, FORM);
		String name = CounsellingFixtures.uniqueName("Amal");
		Map<String, String> fields = good(token, name);
		fields.put("gemeinde", gemeinde.group(1));
		HttpResponse<String> sent = anonymous.postForm(FORM, fields, null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(sent.body()).contains("Danke. Ihre Anfrage ist angekommen.");
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(requests()).isEqualTo(before + 1);
		UUID id = newest();

		// encrypted at rest: the raw columns are ciphertext, the values in no table
		Map<String, Object> raw = this.jdbc
			.sql("SELECT name_sealed, email_sealed, phone_sealed, message_sealed, preferred_language, topic, "
					+ "page_language FROM counselling_web_request WHERE tenant_id = ? AND id = ?")
			.params(this.tenantId, id)
			.query()
			.singleRow();
		assertThat(new String((byte[]) raw.get("name_sealed"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(name);
		assertThat(raw).containsEntry("preferred_language", "ar")
			.containsEntry("topic", "HOUSING")
			.containsEntry("page_language", "de")
			.containsEntry("phone_sealed", null);
		assertThat(StoredValues.whereStored(this.environment, List.of(name, fields.get("email")))).isEmpty();
		// the consent with the text shown, the audit entry, the mail without personal
		// data
		assertThat(this.jdbc
			.sql("SELECT purpose || ' ' || language FROM consent_record WHERE tenant_id = ? AND subject_type = ? "
					+ "AND subject_id = ?")
			.params(this.tenantId, WebRequests.SUBJECT, id.toString())
			.query(String.class)
			.list()).containsExactly("counselling.web-request de");
		assertThat(this.jdbc
			.sql("SELECT actor_name FROM audit_event WHERE action = 'counselling.web-request.received' "
					+ "AND record_id = ?")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly("public");
		List<String> mails = this.jdbc
			.sql("SELECT body FROM mail_outbox WHERE tenant_id = ? AND subject = 'Neue Anfrage aus dem Wegweiser' "
					+ "AND created_at > now() - interval '1 minute'")
			.param(this.tenantId)
			.query(String.class)
			.list();
		assertThat(mails).isNotEmpty()
			.allSatisfy((body) -> assertThat(body).contains("/counselling/web-requests")
				.doesNotContain(name)
				.doesNotContain("example.org")
				.doesNotContain("Wohnung"));

		// the counsellor: start page, list without names, the request read (audited)
		Http berna = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(berna.get("/").body()).containsPattern("\\d+ Anfragen? aus dem Wegweiser warte");
		String list = berna.get("/counselling/web-requests").body();
		assertThat(list).contains("Anfragen aus dem Wegweiser", "/counselling/web-requests/" + id, "Arabisch")
			.doesNotContain(name);
		String page = berna.get("/counselling/web-requests/" + id).body();
		assertThat(page).contains(name, fields.get("email"), "Wir suchen eine Wohnung", "Arabisch", "Wohnen",
				"Als Klientin oder Klient übernehmen");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.web-request.read' AND record_id = ? "
					+ "AND actor_name = 'beratung' AND category = 'CASE_ACCESS'")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// take over: the family name is required; then a client, the request gone
		Map<String, String> client = new LinkedHashMap<>();
		client.put("firstName", name);
		client.put("lastName", "");
		client.put("email", fields.get("email"));
		client.put("languages", "ar");
		client.put("gemeinde", gemeinde.group(1));
		client.put("note", "aus dem Wegweiser");
		HttpResponse<String> refused = berna.submit("/counselling/web-requests/" + id,
				"/counselling/web-requests/" + id + "/take-over", client);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Familienname");
		assertThat(requests()).isEqualTo(before + 1);
		client.put("lastName", "Beispiel");
		client.put("confirmDuplicate", "true");
		HttpResponse<String> taken = berna.submit("/counselling/web-requests/" + id,
				"/counselling/web-requests/" + id + "/take-over", client);
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
		String location = taken.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/counselling/clients/");
		assertThat(requests()).isEqualTo(before);
		UUID clientId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(berna.get("/counselling/clients/" + clientId).body()).contains(name, "Beispiel");
		assertThat(berna.get("/counselling/web-requests/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aDeclinedRequestIsDeleted() throws InterruptedException {
		Http anonymous = new Http(this.port);
		String token = shownToken(anonymous, "/p/landkreis-osnabrueck/en/beratung-anfragen");
		Map<String, String> fields = good(token, CounsellingFixtures.uniqueName("Grace"));
		fields.put("email", "");
		fields.put("phone", "+49 541 000000");
		assertThat(anonymous.postForm("/p/landkreis-osnabrueck/en/beratung-anfragen", fields, null).body())
			.contains("Thank you. Your request has arrived.");
		UUID id = newest();
		Http berna = Http.loggedIn(this.port, "beratung", "demo");
		HttpResponse<String> declined = berna.submit("/counselling/web-requests/" + id,
				"/counselling/web-requests/" + id + "/decline", Map.of());
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM counselling_web_request WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(berna.get("/counselling/web-requests?declined").body())
			.contains("Die Anfrage ist abgelehnt und gelöscht.");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.web-request.declined' "
					+ "AND record_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputNamesEveryFieldInTheReadersLanguageAndStoresNothing() throws InterruptedException {
		Http anonymous = new Http(this.port);
		String token = shownToken(anonymous, FORM);
		long before = requests();
		Map<String, String> empty = Map.of("shown", token);
		HttpResponse<String> refused = anonymous.postForm(FORM, empty, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte korrigieren Sie 4 Fehler", "Bitte schreiben Sie einen Namen.",
				"Bitte schreiben Sie eine Telefonnummer oder eine E-Mail-Adresse.", "Bitte wählen Sie eine Sprache.",
				"Bitte stimmen Sie zu.");
		Map<String, String> wrong = good(token, "Amal");
		wrong.put("email", "keine-adresse");
		wrong.put("phone", "ruf an");
		wrong.put("preferredLanguage", "xx");
		wrong.put("gemeinde", "99999999");
		wrong.put("topic", "MOON");
		wrong.put("message", "x".repeat(100_000));
		HttpResponse<String> wrongAnswer = anonymous.postForm(FORM, wrong, null);
		assertThat(wrongAnswer.statusCode()).isEqualTo(400);
		assertThat(wrongAnswer.body()).contains("Das ist keine E-Mail-Adresse.",
				"Bitte schreiben Sie nur Ziffern, Leerzeichen", "Bitte wählen Sie aus der Liste.",
				"Bitte schreiben Sie höchstens 1000 Zeichen.");
		assertThat(anonymous.postForm(FORM, good(token, "a\u0000b"), null).statusCode()).isEqualTo(400);

		HttpResponse<String> english = anonymous.postForm("/p/landkreis-osnabrueck/en/beratung-anfragen", empty, null);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Please write a name.",
				"Please write a phone number or an e-mail address.");
		HttpResponse<String> arabic = anonymous.postForm("/p/landkreis-osnabrueck/ar/beratung-anfragen", empty, null);
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("يرجى كتابة اسم.", "يرجى كتابة رقم هاتف أو عنوان بريد إلكتروني.", "يرجى الموافقة.")
			.doesNotContain("Bitte schreiben Sie einen Namen.", "Please write a name.");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void robotsStoreNothing() throws InterruptedException {
		Http anonymous = new Http(this.port);
		long before = requests();
		// too fast: sent the moment it was shown
		Matcher fresh = TOKEN.matcher(anonymous.get(FORM).body());
		assertThat(fresh.find()).isTrue();
		HttpResponse<String> fast = anonymous.postForm(FORM, good(fresh.group(1), "Schnell"), null);
		assertThat(fast.statusCode()).isEqualTo(400);
		assertThat(fast.body()).contains("Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.",
				"Schnell");
		// forged and missing tokens
		assertThat(anonymous.postForm(FORM, good("1700000000.abcdef", "Gefälscht"), null).statusCode()).isEqualTo(400);
		Map<String, String> noToken = good("", "Ohne");
		noToken.remove("shown");
		assertThat(anonymous.postForm(FORM, noToken, null).statusCode()).isEqualTo(400);
		// the honeypot: answered like a success
		String token = shownToken(anonymous, FORM);
		Map<String, String> robot = good(token, "Robot");
		robot.put("website", "http://spam.example");
		HttpResponse<String> trapped = anonymous.postForm(FORM, robot, null);
		assertThat(trapped.statusCode()).isEqualTo(200);
		assertThat(trapped.body()).contains("Danke. Ihre Anfrage ist angekommen.");
		assertThat(requests()).isEqualTo(before);
		// too many from one address
		int status = 0;
		for (int i = 0; i < 12 && status != 429; i++) {
			status = anonymous.postForm(FORM, Map.of("shown", "x"), null).statusCode();
		}
		assertThat(status).isEqualTo(429);
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void unansweredRequestsAreDeletedAfterThirtyDays() throws InterruptedException {
		Http anonymous = new Http(this.port);
		String token = shownToken(anonymous, FORM);
		anonymous.postForm(FORM, good(token, CounsellingFixtures.uniqueName("Alt")), null);
		UUID old = newest();
		anonymous.postForm(FORM, good(token, CounsellingFixtures.uniqueName("Neu")), null);
		UUID recent = newest();
		assertThat(recent).isNotEqualTo(old);
		this.jdbc.sql("UPDATE counselling_web_request SET created_at = now() - interval '31 days' WHERE id = ?")
			.param(old)
			.update();
		RetentionRule rule = this.rules.stream()
			.filter((r) -> r.name().equals("counselling.web-request.unanswered"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.apply(this.tenantId, Instant.now())).isPositive();
		assertThat(this.jdbc.sql("SELECT id FROM counselling_web_request WHERE id IN (?, ?)")
			.params(old, recent)
			.query(UUID.class)
			.list()).containsExactly(recent);
		assertThat(rule.apply(null, Instant.now())).isZero();
		Http privacy = Http.loggedIn(this.port, "datenschutz", "demo");
		assertThat(privacy.get("/privacy/retention").body()).contains("30 Tage nach dem Eingang",
				"Beratungsanfragen aus dem Wegweiser, die niemand übernommen oder abgelehnt hat");
	}

}
