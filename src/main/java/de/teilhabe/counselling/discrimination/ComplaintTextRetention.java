package de.teilhabe.counselling.discrimination;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.counselling.retention.RetentionSettings;
import de.teilhabe.counselling.retention.YearsRetentionRule;

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
class ComplaintTextRetention extends YearsRetentionRule {

	static final String NAME = "counselling.discrimination-complaint-texts";

	private final JdbcClient jdbc;

	ComplaintTextRetention(JdbcClient jdbc, RetentionSettings settings) {
		super(NAME, "counselling.discrimination.retention", settings);
		this.jdbc = jdbc;
	}

	@Override
	protected int applyTo(UUID tenantId, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				UPDATE counselling_discrimination_complaint
				SET description_sealed = NULL, reply_contact_sealed = NULL, anonymised_at = coalesce(anonymised_at, ?)
				WHERE tenant_id = ? AND case_id IS NULL AND updated_at <= ?
				  AND (description_sealed IS NOT NULL OR reply_contact_sealed IS NOT NULL)""")
			.params(at, tenantId, at.minusYears(years()))
			.update();
	}

}
