package de.teilhabe.counselling.calendar;

import java.util.UUID;

import de.teilhabe.counselling.retention.CaseRetentionHook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the appointments of an anonymised case lose: the place's details (room, address,
 * video link) and the note. Time, kind of place, interpreter and state stay for the
 * statistics. The appointments are tied to their client, not only to the case, and go
 * with the client when it is erased (foreign key ON DELETE CASCADE).
 */
@Component
class AppointmentRetention implements CaseRetentionHook {

	private final JdbcClient jdbc;

	AppointmentRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "appointments";
	}

	@Override
	public int clear(UUID tenantId, UUID[] caseIds) {
		return this.jdbc.sql("""
				UPDATE counselling_appointment SET place_detail_sealed = NULL, note_sealed = NULL
				WHERE tenant_id = ? AND case_id = ANY(?)
				  AND (place_detail_sealed IS NOT NULL OR note_sealed IS NOT NULL)""")
			.params(tenantId, caseIds)
			.update();
	}

}
