package de.teilhabe.privacy.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of retention runs is itself kept for 2 years: long enough to show a supervisory
 * authority that the periods were enforced (the audit log keeps the lasting record).
 */
@Component
class RetentionRunRetention implements RetentionRule {

	static final int YEARS = 2;

	private final JdbcClient jdbc;

	RetentionRunRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "privacy.retention-run";
	}

	@Override
	public String description() {
		return "privacy.retention.rule.runs.description";
	}

	@Override
	public String period() {
		return "privacy.retention.rule.runs.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		return this.jdbc
			.sql("DELETE FROM retention_run WHERE tenant_id IS NOT DISTINCT FROM CAST(? AS uuid) AND started_at < ?")
			.params(tenantId, now.atOffset(ZoneOffset.UTC).minusYears(YEARS))
			.update();
	}

}
