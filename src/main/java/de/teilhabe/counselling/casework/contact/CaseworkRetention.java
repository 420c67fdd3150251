package de.teilhabe.counselling.casework.contact;

import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an anonymised case loses of its notes and tasks: the notes are deleted (they are
 * nothing but text and author), the tasks keep their due day and done state for the
 * statistics and lose their title. The contacts' summaries are cleared by the retention
 * part itself ({@code retention.ContactSummaries}).
 */
@Configuration(proxyBeanMethods = false)
class CaseworkRetention {

	@Bean
	CaseRetentionHook caseNotesRetention(JdbcClient jdbc) {
		return new CaseRetentionHook() {

			@Override
			public String name() {
				return "notes";
			}

			@Override
			public int clear(UUID tenantId, UUID[] caseIds) {
				return jdbc.sql("DELETE FROM counselling_case_note WHERE tenant_id = ? AND case_id = ANY(?)")
					.params(tenantId, caseIds)
					.update();
			}

		};
	}

	@Bean
	CaseRetentionHook caseTasksRetention(JdbcClient jdbc) {
		return new CaseRetentionHook() {

			@Override
			public String name() {
				return "tasks";
			}

			@Override
			public int clear(UUID tenantId, UUID[] caseIds) {
				return jdbc.sql("""
						UPDATE counselling_task SET title_sealed = NULL
						WHERE tenant_id = ? AND case_id = ANY(?) AND title_sealed IS NOT NULL""")
					.params(tenantId, caseIds)
					.update();
			}

		};
	}

}
