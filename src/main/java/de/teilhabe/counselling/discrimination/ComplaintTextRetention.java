package de.teilhabe.counselling.discrimination;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.counselling.retention.RetentionSettings;
import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention of discrimination complaints without a case (anonymous ones and online
 * reports), applied by the privacy module's nightly job and the officer's „run now“: the
 * description and the reply contact of a complaint changed last
 * {@code teilhabe.counselling.retention.years} years ago or longer (default 3, the same
 * period as the cases) are cleared and the complaint marked anonymised; area,
 * characteristics, forms, level, interventions, outcome and dates stay for the
 * statistics. A complaint linked to a case follows the case ({@link ComplaintRetention}).
 */
@Component
class ComplaintTextRetention implements RetentionRule {

	static final String NAME = "counselling.discrimination-complaint-texts";

	private final JdbcClient jdbc;

	private final RetentionSettings settings;

	ComplaintTextRetention(JdbcClient jdbc, RetentionSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "counselling.discrimination.retention.description";
	}

	@Override
	public String period() {
		return "counselling.discrimination.retention.period";
	}

	@Override
	public Object[] periodArguments() {
		return new Object[] { this.settings.years() };
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		if (tenantId == null) {
			return 0;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				UPDATE counselling_discrimination_complaint
				SET description_sealed = NULL, reply_contact_sealed = NULL, anonymised_at = coalesce(anonymised_at, ?)
				WHERE tenant_id = ? AND case_id IS NULL AND updated_at <= ?
				  AND (description_sealed IS NOT NULL OR reply_contact_sealed IS NOT NULL)""")
			.params(at, tenantId, at.minusYears(this.settings.years()))
			.update();
	}

}
