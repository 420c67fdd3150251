package de.teilhabe.portal.publicsite;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback on every portal page and the accessibility statement with its barrier report:
 * the form on the page, stored per page and language, seen by the office on the page's
 * view and in its list; the statement in German and English (others German with a note),
 * linked from the footer of every public page; a barrier report lands with the office
 * (list and mail); bad input named (400), robots store nothing, no cookie; comments and
 * reports are deleted by their retention rules.
 */
@IntegrationTest
class PortalFormsTest {

	private static final String PAGE = "/p/landkreis-osnabrueck/de/ankommen";

	private static final String STATEMENT = "/p/landkreis-osnabrueck/de/barrierefreiheit";

	private static final Pattern TOKEN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	FormTimeToken timeTokens;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	FeedbackController feedback;

	@Autowired
	AccessibilityStatementController statement;

	@BeforeEach
	void fullBuckets() {
		this.feedback.reset();
		this.statement.reset();
	}

	private UUID tenantId() {
		return this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	private static String token(String body) {
		Matcher token = TOKEN.matcher(body);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private UUID pageId(String path) {
		return this.jdbc.sql("SELECT id FROM portal_page WHERE tenant_id = ? AND path = ?")
			.params(tenantId(), path)
			.query(UUID.class)
			.single();
	}

	private RetentionRule rule(String name) {
		return this.rules.stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void feedbackOnAPageReachesTheOffice() throws InterruptedException {
		Http anonymous = new Http(this.port);
		HttpResponse<String> page = anonymous.get("/p/landkreis-osnabrueck/ar/ankommen");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("هل كانت هذه الصفحة مفيدة؟",
				"action=\"/p/landkreis-osnabrueck/ar/rueckmeldung\"", "name=\"page\" value=\"ankommen\"",
				"href=\"/p/landkreis-osnabrueck/ar/barrierefreiheit\"");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> german = anonymous.get(PAGE);
		assertThat(german.body()).contains("War diese Seite hilfreich?",
				"Bitte schreiben Sie keine Namen, Adressen, Telefonnummern");
		String token = TimeTokens.filledInTime(this.timeTokens, tenantId(), "portal-feedback", token(german.body()));
		UUID pageId = pageId("ankommen");
		String comment = "Bitte mehr zu Bussen " + UUID.randomUUID();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("shown", token);
		fields.put("page", "ankommen");
		fields.put("helpful", "NO");
		fields.put("comment", comment);
		fields.put("website", "");
		HttpResponse<String> sent = anonymous.postForm("/p/landkreis-osnabrueck/de/rueckmeldung", fields, null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(sent.body()).contains("Danke für Ihre Rückmeldung.", "Zurück zur Seite");
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.jdbc
			.sql("SELECT language || ' ' || helpful FROM portal_feedback WHERE tenant_id = ? AND page_id = ? "
					+ "AND comment = ?")
			.params(tenantId(), pageId, comment)
			.query(String.class)
			.list()).containsExactly("de false");

		Http office = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(office.get("/portal/pages/" + pageId).body()).contains("Rückmeldungen zu dieser Seite", comment)
			.containsPattern("de: \\d+ hilfreich, [1-9]\\d* nicht hilfreich");
		assertThat(office.get("/portal/feedback").body()).contains("Rückmeldungen zum Wegweiser", comment);
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/portal/feedback").statusCode()).isEqualTo(403);

		// bad input: no answer, an unknown page, a huge comment; robots: too fast,
		// honeypot
		Map<String, String> bad = new LinkedHashMap<>(fields);
		bad.remove("helpful");
		bad.put("page", "gibt-es-nicht");
		bad.put("comment", "x".repeat(5_000));
		HttpResponse<String> refused = anonymous.postForm("/p/landkreis-osnabrueck/de/rueckmeldung", bad, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte wählen Sie Ja oder Nein.", "Diese Seite gibt es nicht.",
				"Bitte schreiben Sie höchstens 1000 Zeichen.");
		HttpResponse<String> english = anonymous.postForm("/p/landkreis-osnabrueck/en/rueckmeldung", bad, null);
		assertThat(english.body()).contains("Please choose yes or no.");
		Map<String, String> fast = new LinkedHashMap<>(fields);
		// the kept page's token counts from its rendering: a forged one is refused
		fast.put("shown", "1700000000.abcdef");
		fast.put("comment", "zu schnell " + comment);
		HttpResponse<String> tooFast = anonymous.postForm("/p/landkreis-osnabrueck/de/rueckmeldung", fast, null);
		assertThat(tooFast.statusCode()).isEqualTo(400);
		assertThat(tooFast.body()).contains("Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.");
		Map<String, String> robot = new LinkedHashMap<>(fields);
		robot.put("website", "spam");
		robot.put("comment", "robot " + comment);
		assertThat(anonymous.postForm("/p/landkreis-osnabrueck/de/rueckmeldung", robot, null).body())
			.contains("Danke für Ihre Rückmeldung.");
		assertThat(anonymous.postForm("/p/landkreis-osnabrueck/de/rueckmeldung", Map.of("comment", "a\u0000b"), null)
			.statusCode()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_feedback WHERE comment LIKE ?")
			.param("%" + comment)
			.query(Long.class)
			.single()).isEqualTo(1);

		// retention: comments older than 180 days are cleared, the answer stays
		this.jdbc.sql("UPDATE portal_feedback SET created_at = now() - interval '181 days' WHERE comment = ?")
			.param(comment)
			.update();
		assertThat(rule("portal.feedback.comment").apply(tenantId(), Instant.now())).isPositive();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM portal_feedback WHERE tenant_id = ? AND page_id = ? AND comment IS NULL "
					+ "AND created_at < now() - interval '180 days'")
			.params(tenantId(), pageId)
			.query(Long.class)
			.single()).isPositive();
		assertThat(office.get("/portal/feedback").body()).doesNotContain(comment);
	}

	@Test
	void theAccessibilityStatementTakesABarrierReport() throws InterruptedException {
		Http anonymous = new Http(this.port);
		// linked from the footer of the public pages
		assertThat(anonymous.get("/p/landkreis-osnabrueck/de/").body())
			.contains("href=\"/p/landkreis-osnabrueck/de/barrierefreiheit\"");
		HttpResponse<String> german = anonymous.get(STATEMENT);
		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(german.body()).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
			.contains("Erklärung zur Barrierefreiheit", "teilweise mit den Anforderungen vereinbar",
					"Nicht barrierefreie Inhalte", "Selbstbewertung", "axe-core", "Barriere melden",
					"Landesbeauftragte für Menschen mit Behinderungen – Schlichtungsstelle nach § 9d NBGG");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/en/barrierefreiheit").body())
			.contains("Accessibility statement", "partially compliant", "Enforcement procedure");
		HttpResponse<String> arabic = anonymous.get("/p/landkreis-osnabrueck/ar/barrierefreiheit");
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("هذا البيان متوفر باللغتين الألمانية والإنجليزية", "lang=\"de\" dir=\"ltr\"",
					"Schlichtungsverfahren", "بيان إمكانية الوصول", "الإبلاغ عن عائق");
		assertThat(anonymous.get("/p/landkreis-osnabrueck/xx/barrierefreiheit").statusCode()).isEqualTo(404);

		String token = TimeTokens.filledInTime(this.timeTokens, tenantId(), "portal-barrier-report",
				token(german.body()));
		String description = "Das Menü ist mit der Tastatur nicht erreichbar " + UUID.randomUUID();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("shown", token);
		fields.put("address", "/p/landkreis-osnabrueck/de/ankommen");
		fields.put("description", description);
		fields.put("contact", "melder@example.org");
		fields.put("website", "");
		HttpResponse<String> sent = anonymous.postForm(STATEMENT, fields, null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(sent.body()).contains("Danke. Ihre Meldung ist angekommen.");
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.jdbc.sql("SELECT body FROM mail_outbox WHERE tenant_id = ? AND body LIKE ?")
			.params(tenantId(), "%" + description + "%")
			.query(String.class)
			.list()).isNotEmpty()
			.allSatisfy((body) -> assertThat(body).contains("melder@example.org", "/portal/barrier-reports"));
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(office.get("/portal/barrier-reports").body()).contains("Gemeldete Barrieren", description,
				"melder@example.org");

		// bad input, robots
		Map<String, String> bad = new LinkedHashMap<>(fields);
		bad.put("description", "");
		bad.put("contact", "x".repeat(300));
		HttpResponse<String> refused = anonymous.postForm(STATEMENT, bad, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte beschreiben Sie die Barriere.",
				"Bitte schreiben Sie höchstens 200 Zeichen.");
		assertThat(anonymous.postForm("/p/landkreis-osnabrueck/en/barrierefreiheit", bad, null).body())
			.contains("Please describe the barrier.");
		Map<String, String> fast = new LinkedHashMap<>(fields);
		fast.put("shown", token(anonymous.get(STATEMENT).body()));
		assertThat(anonymous.postForm(STATEMENT, fast, null).statusCode()).isEqualTo(400);
		Map<String, String> robot = new LinkedHashMap<>(fields);
		robot.put("website", "spam");
		assertThat(anonymous.postForm(STATEMENT, robot, null).body()).contains("Danke. Ihre Meldung ist angekommen.");
		assertThat(anonymous.postForm(STATEMENT, Map.of("description", "a\u0000b"), null).statusCode()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_barrier_report WHERE description = ?")
			.param(description)
			.query(Long.class)
			.single()).isEqualTo(1);

		// retention: two years
		this.jdbc.sql("UPDATE portal_barrier_report SET created_at = now() - interval '731 days' WHERE description = ?")
			.param(description)
			.update();
		assertThat(rule("portal.barrier-report").apply(tenantId(), Instant.now())).isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_barrier_report WHERE description = ?")
			.param(description)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theNewSegmentsAreReserved() {
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		for (String segment : List.of("beratung-anfragen", "rueckmeldung", "barrierefreiheit")) {
			HttpResponse<String> answer = office.submit("/portal/pages/new", "/portal/pages",
					Map.of("segment", segment, "position", "0", "title", "Test", "body", "<p>Text</p>"));
			assertThat(answer.statusCode()).as(segment).isEqualTo(400);
		}
	}

}
