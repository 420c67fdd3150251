package de.teilhabe.counselling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases and contacts written by SQL for the privacy tests (retention, erasure, export),
 * with their title and summary encrypted as the cases part stores them (column of the
 * table, the row's own id).
 */
final class CaseRows {

	static final EncryptedColumn TITLE = EncryptedColumn.of("counselling_case", "title_sealed");

	static final EncryptedColumn SUMMARY = EncryptedColumn.of("counselling_contact", "summary_sealed");

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
					(title != null) ? this.fields.encrypt(TITLE, tenantId, id, title) : null, created, created)
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
			.params(tenantId, id, caseId, counsellor, at, this.fields.encrypt(SUMMARY, tenantId, id, summary), at)
			.update();
		return id;
	}

}
