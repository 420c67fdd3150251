package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task or follow-up (Wiedervorlage) of a case, decrypted.
 *
 * @param id the task
 * @param caseId its case
 * @param contactId the contact it was set with, null if entered on its own
 * @param title what is to be done
 * @param dueOn when it is due
 * @param assigneeId who does it
 * @param assigneeName that counsellor's name
 * @param createdByName who set it, by name
 * @param createdAt when
 * @param doneAt when it was done, null while open
 * @param doneByName who marked it done, null while open
 */
public record Task(UUID id, UUID caseId, UUID contactId, String title, LocalDate dueOn, UUID assigneeId,
		String assigneeName, String createdByName, OffsetDateTime createdAt, OffsetDateTime doneAt, String doneByName) {

	/** Whether it is done. */
	public boolean done() {
		return this.doneAt != null;
	}

	/** Whether it is open and was due before that day. */
	public boolean overdue(LocalDate today) {
		return !done() && this.dueOn.isBefore(today);
	}

}
