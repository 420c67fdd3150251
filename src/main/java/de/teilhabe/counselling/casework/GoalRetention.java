package de.teilhabe.counselling.casework;

import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When cases are anonymised, their Förderplan goals lose their texts; the due dates and
 * states stay for the statistics. The handovers hold only counsellors' ids and stay. Its
 * count stands in the anonymisation's audit entry as {@code goals=…} (the hooks in the
 * order of their names).
 */
@Component
class GoalRetention implements CaseRetentionHook {

	private final JdbcClient jdbc;

	GoalRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "goals";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.jdbc.sql("""
				UPDATE counselling_case_goal SET text_sealed = NULL
				WHERE tenant_id = ? AND case_id = ANY(?) AND text_sealed IS NOT NULL""")
			.params(tenantId, caseIds)
			.update();
	}

}
