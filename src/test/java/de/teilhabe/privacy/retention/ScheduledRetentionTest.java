package de.teilhabe.privacy.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.privacy.PrivacyFixtures;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job applies every rule to each tenant in turn and logs and audits each run
 * under the tenant whose records it covered.
 */
@IntegrationTest
class ScheduledRetentionTest {

	@Autowired
	RetentionJob job;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theNightlyJobRunsEachRuleForEachTenantAuditedUnderThatTenant() {
		PrivacyFixtures fixtures = PrivacyFixtures.of(this.context);
		UUID landkreis = fixtures.tenant(PrivacyFixtures.LANDKREIS);
		UUID stadt = fixtures.tenant(PrivacyFixtures.STADT);
		UUID landkreisMail = oldSentMail(landkreis);
		UUID stadtMail = oldSentMail(stadt);
		OffsetDateTime before = this.jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();

		this.job.applyRules();

		assertThat(mailExists(landkreisMail)).isFalse();
		assertThat(mailExists(stadtMail)).isFalse();
		for (UUID tenant : List.of(landkreis, stadt)) {
			assertThat(this.jdbc.sql("""
					SELECT count(*) FROM retention_run
					WHERE tenant_id = ? AND started_at >= ? AND triggered_by IS NULL AND error IS NULL""")
				.params(tenant, before)
				.query(Long.class)
				.single()).as("one run per rule for tenant %s", tenant).isEqualTo(this.rules.size());
			assertThat(this.jdbc.sql("""
					SELECT count(*) FROM audit_event
					WHERE tenant_id = ? AND at >= ? AND action = 'retention.applied' AND record_id = 'mail.outbox.sent'
					AND details <> 'affected=0'""").params(tenant, before).query(Long.class).single())
				.as("the mail rule audited under tenant %s with what it deleted there", tenant)
				.isEqualTo(1);
		}
	}

	private UUID oldSentMail(UUID tenantId) {
		UUID id = this.outbox.queue(tenantId, "alt@example.org", "Alt", "Text");
		this.jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = now() - interval '91 days' WHERE id = ?")
			.param(id)
			.update();
		return id;
	}

	private boolean mailExists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

}
