package de.teilhabe.privacy.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A withdrawn consent is kept with its subject reference for 3 years after the
 * withdrawal: the controller must be able to prove that earlier processing was consented
 * to (Art. 7(1), Art. 5(2) DSGVO), and claims about that processing become time-barred
 * after the regular limitation period of 3 years (§ 195 BGB). Then the subject reference
 * is removed; the anonymous record stays for the statistics of the consent page.
 */
@Component
class WithdrawnConsentRetention implements RetentionRule {

	static final int YEARS = 3;

	private final JdbcClient jdbc;

	WithdrawnConsentRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "privacy.consent.withdrawn";
	}

	@Override
	public String description() {
		return "privacy.retention.rule.consent.description";
	}

	@Override
	public String period() {
		return "privacy.retention.rule.consent.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("""
				UPDATE consent_record SET subject_id = NULL, withdrawal_note = NULL, withdrawal_note_sealed = NULL,
				                          anonymised_at = ?
				WHERE tenant_id = ? AND withdrawn_at < ? AND subject_id IS NOT NULL""")
			.params(at, tenantId, at.minusYears(YEARS))
			.update();
	}

}
