package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Contacts, notes and tasks written in batches, their texts encrypted like those entered
 * on the pages: for demo and benchmark data, which no user enters (nothing is checked or
 * audited here).
 */
@Component
public class CaseworkRecords {

	private final JdbcTemplate batch;

	private final FieldEncryption fields;

	CaseworkRecords(JdbcTemplate batch, FieldEncryption fields) {
		this.batch = batch;
		this.fields = fields;
	}

	/**
	 * Inserts the contacts, then the notes, then the tasks of the tenant.
	 * @return how many rows were written
	 */
	public int insertAll(UUID tenantId, List<NewContact> contacts, List<NewNote> notes, List<NewTask> tasks) {
		List<Object[]> contactRows = new ArrayList<>();
		for (NewContact contact : contacts) {
			contactRows.add(new Object[] { tenantId, contact.id(), contact.caseId(), contact.counsellorId(),
					contact.happenedAt(), contact.durationMinutes(), contact.channel().name(), contact.language(),
					contact.interpreter().name(),
					this.fields.encrypt(ContactColumns.SUMMARY, tenantId, contact.id(), contact.summary()),
					contact.happenedAt() });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, interpreter, summary_sealed, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contactRows);
		List<Object[]> noteRows = new ArrayList<>();
		for (NewNote note : notes) {
			noteRows.add(new Object[] { tenantId, note.id(), note.caseId(), note.authorId(), note.writtenAt(),
					this.fields.encrypt(ContactColumns.NOTE_TEXT, tenantId, note.id(), note.text()) });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_case_note (tenant_id, id, case_id, author_id, written_at, text_sealed)
				VALUES (?, ?, ?, ?, ?, ?)""", noteRows);
		List<Object[]> taskRows = new ArrayList<>();
		for (NewTask task : tasks) {
			taskRows.add(new Object[] { tenantId, task.id(), task.caseId(), task.contactId(),
					this.fields.encrypt(ContactColumns.TASK_TITLE, tenantId, task.id(), task.title()), task.dueOn(),
					task.assigneeId(), task.assigneeId(), task.createdAt(), task.doneAt(),
					(task.doneAt() != null) ? task.assigneeId() : null });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_task (tenant_id, id, case_id, contact_id, title_sealed, due_on, assignee_id,
				                              created_by, created_at, done_at, done_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", taskRows);
		return contactRows.size() + noteRows.size() + taskRows.size();
	}

	/**
	 * A contact to insert.
	 *
	 * @param id its id
	 * @param caseId the case
	 * @param counsellorId who had it
	 * @param happenedAt when (also when it was entered)
	 * @param durationMinutes how long
	 * @param channel how
	 * @param language the language (code), or null
	 * @param interpreter who interpreted
	 * @param summary the summary
	 */
	public record NewContact(UUID id, UUID caseId, UUID counsellorId, OffsetDateTime happenedAt, int durationMinutes,
			Channel channel, String language, Interpreter interpreter, String summary) {
	}

	/**
	 * A note to insert.
	 *
	 * @param id its id
	 * @param caseId the case
	 * @param authorId who wrote it
	 * @param writtenAt when
	 * @param text the text
	 */
	public record NewNote(UUID id, UUID caseId, UUID authorId, OffsetDateTime writtenAt, String text) {
	}

	/**
	 * A task to insert, set by its assignee.
	 *
	 * @param id its id
	 * @param caseId the case
	 * @param contactId the contact it was set with, or null
	 * @param title the title
	 * @param dueOn when it is due
	 * @param assigneeId who does it (and set it)
	 * @param createdAt when it was set
	 * @param doneAt when it was done (by the assignee), or null
	 */
	public record NewTask(UUID id, UUID caseId, UUID contactId, String title, LocalDate dueOn, UUID assigneeId,
			OffsetDateTime createdAt, OffsetDateTime doneAt) {
	}

}
