package de.teilhabe.counselling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.counselling.calendar.AppointmentStore;
import de.teilhabe.counselling.casework.CaseColumns;
import de.teilhabe.counselling.casework.contact.ContactColumns;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases, contacts, goals, notes, tasks and appointments written by SQL for the privacy
 * tests (retention, erasure, export), with their texts encrypted as their parts store
 * them (the parts' registered columns, the row's own id).
 */
final class CaseRows {

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	CaseRows(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.fields = context.getBean(FieldEncryption.class);
	}

	/**
	 * A case of the client; closed on the day given, or open if null.
	 * @return its id
	 */
	UUID insertCase(UUID tenantId, UUID clientId, String kind, UUID responsible, LocalDate openedOn, LocalDate closedOn,
			String title) {
		UUID id = UUID.randomUUID();
		OffsetDateTime created = openedOn.atStartOfDay().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, phase, topics, responsible_id,
				                              opened_on, closed_on, title_sealed, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, clientId, kind, (closedOn != null) ? "CLOSED" : "OPEN",
					"CASE_MANAGEMENT".equals(kind) ? ((closedOn != null) ? "CLOSURE" : "PLAN") : null,
					new String[] { "HOUSING", "WORK" }, responsible, openedOn, closedOn,
					(title != null) ? this.fields.encrypt(CaseColumns.TITLE, tenantId, id, title) : null, created,
					created)
			.update();
		return id;
	}

	/** A contact of 45 minutes in person, in Arabic; its id. */
	UUID insertContact(UUID tenantId, UUID caseId, UUID counsellor, OffsetDateTime at, String summary) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, interpreter, summary_sealed, created_at)
				VALUES (?, ?, ?, ?, ?, 45, 'IN_PERSON', 'ar', 'PROFESSIONAL', ?, ?)""")
			.params(tenantId, id, caseId, counsellor, at,
					this.fields.encrypt(ContactColumns.SUMMARY, tenantId, id, summary), at)
			.update();
		return id;
	}

	/** An open goal of the Förderplan; its id. */
	UUID insertGoal(UUID tenantId, UUID caseId, String text) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_case_goal (tenant_id, id, case_id, text_sealed, state, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'OPEN', now(), now())""")
			.params(tenantId, id, caseId, this.fields.encrypt(CaseColumns.GOAL_TEXT, tenantId, id, text))
			.update();
		return id;
	}

	/** A note on the case; its id. */
	UUID insertNote(UUID tenantId, UUID caseId, UUID author, OffsetDateTime at, String text) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_case_note (tenant_id, id, case_id, author_id, written_at, text_sealed)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, caseId, author, at, this.fields.encrypt(ContactColumns.NOTE_TEXT, tenantId, id, text))
			.update();
		return id;
	}

	/** An open task on the case, due on the day given; its id. */
	UUID insertTask(UUID tenantId, UUID caseId, UUID assignee, LocalDate dueOn, String title) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_task (tenant_id, id, case_id, title_sealed, due_on, assignee_id, created_by,
				                              created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, now())""")
			.params(tenantId, id, caseId, this.fields.encrypt(ContactColumns.TASK_TITLE, tenantId, id, title), dueOn,
					assignee, assignee)
			.update();
		return id;
	}

	/**
	 * A held appointment of an hour at the office with place details and a note; its id.
	 */
	UUID insertAppointment(UUID tenantId, UUID clientId, UUID caseId, UUID counsellor, OffsetDateTime startsAt,
			String placeDetail, String note) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_appointment (tenant_id, id, counsellor_id, client_id, case_id, starts_at,
				                                     ends_at, place, place_detail_sealed, note_sealed, status,
				                                     created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OFFICE', ?, ?, 'HELD', now(), now())""")
			.params(tenantId, id, counsellor, clientId, caseId, startsAt, startsAt.plusHours(1),
					this.fields.encrypt(AppointmentStore.PLACE_DETAIL, tenantId, id, placeDetail),
					this.fields.encrypt(AppointmentStore.NOTE, tenantId, id, note))
			.update();
		return id;
	}

}
