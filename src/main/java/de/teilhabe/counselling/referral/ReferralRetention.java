package de.teilhabe.counselling.referral;

import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When cases are anonymised, their referrals lose the packet as sent, the counsellor's
 * reason, the organisation's answer and the outcome note; kept for the statistics are the
 * organisation and its kind, the state, the categories shared and the days.
 */
@Component
class ReferralRetention implements CaseRetentionHook {

	private final JdbcClient jdbc;

	ReferralRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "referrals";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.jdbc.sql("""
				UPDATE counselling_referral SET packet_sealed = NULL, reason_sealed = NULL, answer_sealed = NULL,
				  outcome_sealed = NULL
				WHERE tenant_id = ? AND case_id = ANY(?)
				  AND (packet_sealed IS NOT NULL OR reason_sealed IS NOT NULL OR answer_sealed IS NOT NULL
				       OR outcome_sealed IS NOT NULL)""").params(tenantId, caseIds).update();
	}

}
