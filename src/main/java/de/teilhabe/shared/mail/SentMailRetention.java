package de.teilhabe.shared.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivered and finally failed mails are deleted 90 days after sending (or queueing):
 * their bodies hold personal data (names, invitation links), and 90 days leave time to
 * answer questions about a mail.
 */
@Component
class SentMailRetention implements RetentionRule {

	static final int DAYS = 90;

	private final JdbcClient jdbc;

	SentMailRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "mail.outbox.sent";
	}

	@Override
	public String description() {
		return "outbox.retention.description";
	}

	@Override
	public String period() {
		return "outbox.retention.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		OffsetDateTime limit = now.minus(DAYS, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				DELETE FROM mail_outbox WHERE tenant_id IS NOT DISTINCT FROM CAST(? AS uuid)
				AND ((status = 'SENT' AND sent_at < ?) OR (status = 'FAILED' AND created_at < ?))""")
			.params(tenantId, limit, limit)
			.update();
	}

}
