package de.teilhabe.privacy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionTest {

	@LocalServerPort
	int port;

	// every module may add rules: the page counts all registered ones
	@Autowired
	List<RetentionRule> rules;

	@Autowired
	Consents consents;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	PrivacyFixtures fixtures;

	UUID landkreis;

	@BeforeEach
	void fixtures() {
		this.fixtures = PrivacyFixtures.of(this.context);
		this.landkreis = this.fixtures.tenant(PrivacyFixtures.LANDKREIS);
	}

	@Test
	void runNowAppliesTheFoundationRulesAndLogsEachRun() {
		UUID oldSent = this.outbox.queue(this.landkreis, "alt@example.org", "Alt", "Text");
		UUID recentSent = this.outbox.queue(this.landkreis, "neu@example.org", "Neu", "Text");
		UUID oldQueued = this.outbox.queue(this.landkreis, "wartet@example.org", "Wartet", "Text");
		this.jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = now() - interval '91 days' WHERE id = ?")
			.param(oldSent)
			.update();
		this.jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = now() - interval '89 days' WHERE id = ?")
			.param(recentSent)
			.update();
		this.jdbc.sql("UPDATE mail_outbox SET created_at = now() - interval '200 days' WHERE id = ?")
			.param(oldQueued)
			.update();

		String purpose = this.fixtures.purpose(this.landkreis);
		ConsentRecord old = this.fixtures.consent(this.landkreis, "client", "c-" + UUID.randomUUID(), purpose);
		ConsentRecord recent = this.fixtures.consent(this.landkreis, "client", "c-" + UUID.randomUUID(), purpose);
		this.consents.withdraw(this.landkreis, old.id(), null, "Notiz");
		this.consents.withdraw(this.landkreis, recent.id(), null, null);
		this.jdbc
			.sql("""
					UPDATE consent_record SET given_at = now() - interval '5 years', withdrawn_at = now() - interval '3 years 1 day'
					WHERE id = ?""")
			.param(old.id())
			.update();
		this.jdbc.sql("""
				INSERT INTO retention_run (tenant_id, rule, started_at, finished_at, affected)
				VALUES (?, 'test.old', ?, ?, 0)""")
			.params(this.landkreis, OffsetDateTime.now().minusYears(2).minusDays(1),
					OffsetDateTime.now().minusYears(2).minusDays(1))
			.update();

		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		HttpResponse<String> run = officer.submit("/privacy/retention", "/privacy/retention/run", Map.of());
		assertThat(run.statusCode()).isEqualTo(302);
		assertThat(run.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/privacy/retention"));

		assertThat(mailExists(oldSent)).isFalse();
		assertThat(mailExists(recentSent)).isTrue();
		assertThat(mailExists(oldQueued)).as("queued mails are not the rule's").isTrue();
		ConsentRecord anonymised = this.consents.find(this.landkreis, old.id()).orElseThrow();
		assertThat(anonymised.subjectId()).isNull();
		assertThat(anonymised.withdrawalNote()).isNull();
		assertThat(anonymised.anonymisedAt()).isNotNull();
		assertThat(this.consents.find(this.landkreis, recent.id()).orElseThrow().subjectId()).isNotNull();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM retention_run WHERE rule = 'test.old'").query(Long.class).single())
			.isZero();

		HttpResponse<String> page = officer.get("/privacy/retention");
		assertThat(page.body()).contains("Es wurden " + this.rules.size() + " Regeln angewandt")
			.contains("Versandte E-Mails")
			.contains("Widerrufene Einwilligungen")
			.contains("Protokoll der Löschläufe")
			.contains("90 Tage nach dem Versand")
			.contains("Von Hand gestartet");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'retention.applied'
				AND record_id = 'mail.outbox.sent'""").param(this.landkreis).query(Long.class).single()).isPositive();
	}

	@Test
	void runNowActsOnTheOfficersTenantOnlyAndIsAuditedThere() {
		UUID stadt = this.fixtures.tenant(PrivacyFixtures.STADT);
		PrivacyFixtures.TestUser stadtOfficer = this.fixtures.user(PrivacyFixtures.STADT, "PRIVACY_OFFICER");
		UUID landkreisMail = oldSentMail(this.landkreis);
		UUID stadtMail = oldSentMail(stadt);
		String purpose = this.fixtures.purpose(stadt);
		ConsentRecord stadtConsent = this.fixtures.consent(stadt, "client", "c-" + UUID.randomUUID(), purpose);
		this.consents.withdraw(stadt, stadtConsent.id(), null, "Notiz");
		this.jdbc
			.sql("""
					UPDATE consent_record SET given_at = now() - interval '5 years', withdrawn_at = now() - interval '3 years 1 day'
					WHERE id = ?""")
			.param(stadtConsent.id())
			.update();
		OffsetDateTime before = this.jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();

		Http landkreisOfficer = Http.loggedIn(this.port, "datenschutz", "demo");
		assertThat(landkreisOfficer.submit("/privacy/retention", "/privacy/retention/run", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(mailExists(landkreisMail)).isFalse();
		assertThat(mailExists(stadtMail)).as("another tenant's mail").isTrue();
		assertThat(this.consents.find(stadt, stadtConsent.id()).orElseThrow().subjectId())
			.as("another tenant's consent")
			.isNotNull();
		assertThat(runTenantsSince(before)).containsOnly(this.landkreis.toString());
		assertThat(auditedTenantsSince(before)).containsOnly(this.landkreis.toString());
		assertThat(landkreisOfficer.get("/privacy/retention").body())
			.contains("Es wurden " + this.rules.size() + " Regeln angewandt")
			.contains("Alle Regeln sofort auf die Daten Ihrer Stelle anwenden");

		Http stadtSession = Http.loggedIn(this.port, stadtOfficer.username(), PrivacyFixtures.PASSWORD);
		assertThat(stadtSession.submit("/privacy/retention", "/privacy/retention/run", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(mailExists(stadtMail)).isFalse();
		assertThat(this.consents.find(stadt, stadtConsent.id()).orElseThrow().subjectId()).isNull();
		assertThat(runTenantsSince(before)).containsOnly(this.landkreis.toString(), stadt.toString());
		assertThat(auditedTenantsSince(before)).containsOnly(this.landkreis.toString(), stadt.toString());
	}

	@Test
	void adminReadsButCannotRunOtherRolesCannotRead() {
		Http admin = Http.loggedIn(this.port, "admin", "demo");
		HttpResponse<String> page = admin.get("/privacy/retention");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Versandte E-Mails").doesNotContain("id=\"run-now\"");
		assertThat(
				admin.postForm("/privacy/retention/run", Map.of(), admin.csrfFrom("/privacy/retention")).statusCode())
			.isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/privacy/retention").statusCode()).isEqualTo(403);
	}

	@Test
	void privacyOfficerSeesOnlyScheduledRunsAndThoseOfTheOwnTenant() {
		PrivacyFixtures.TestUser stadtOfficer = this.fixtures.user(PrivacyFixtures.STADT, "PRIVACY_OFFICER");
		String marker = "test.stadt-" + UUID.randomUUID().toString().substring(0, 8);
		String scheduled = "test.nightly-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				INSERT INTO retention_run (tenant_id, rule, started_at, finished_at, affected, triggered_by)
				VALUES (?, ?, now(), now(), 0, ?)""")
			.params(stadtOfficer.tenantId(), marker, stadtOfficer.id())
			.update();
		this.jdbc.sql("INSERT INTO retention_run (rule, started_at, finished_at, affected) VALUES (?, now(), now(), 0)")
			.param(scheduled)
			.update();

		String stadtPage = Http.loggedIn(this.port, stadtOfficer.username(), PrivacyFixtures.PASSWORD)
			.get("/privacy/retention")
			.body();
		assertThat(stadtPage).contains(marker).contains(scheduled);
		String landkreisPage = Http.loggedIn(this.port, "datenschutz", "demo").get("/privacy/retention").body();
		assertThat(landkreisPage).doesNotContain(marker).contains(scheduled);
	}

	private UUID oldSentMail(UUID tenantId) {
		UUID id = this.outbox.queue(tenantId, "alt@example.org", "Alt", "Text");
		this.jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = now() - interval '91 days' WHERE id = ?")
			.param(id)
			.update();
		return id;
	}

	/** The tenants of the retention runs logged since then ("none": of no tenant). */
	private List<String> runTenantsSince(OffsetDateTime since) {
		return this.jdbc
			.sql("SELECT DISTINCT coalesce(tenant_id::text, 'none') FROM retention_run WHERE started_at >= ?")
			.param(since)
			.query(String.class)
			.list();
	}

	/** The tenants under which retention runs were audited since then. */
	private List<String> auditedTenantsSince(OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT DISTINCT coalesce(tenant_id::text, 'none') FROM audit_event
				WHERE action IN ('retention.applied', 'retention.failed') AND at >= ?""")
			.param(since)
			.query(String.class)
			.list();
	}

	private boolean mailExists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

}
