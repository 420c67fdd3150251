package de.teilhabe.counselling.retention;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts of an anonymised case keep their date, duration, channel, language and
 * interpreter (counted in the statistics); their summary is deleted.
 */
@Component
class ContactSummaries implements CaseRetentionHook {

	private final JdbcClient jdbc;

	ContactSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "contacts";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.jdbc.sql("""
				UPDATE counselling_contact SET summary_sealed = NULL
				WHERE tenant_id = ? AND case_id = ANY(?) AND summary_sealed IS NOT NULL""")
			.params(tenantId, caseIds)
			.update();
	}

}
