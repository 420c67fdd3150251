package de.teilhabe.counselling.casework.contact;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A note in a case file, decrypted. Notes are never changed: a correction is a later note
 * naming the note it corrects.
 *
 * @param id the note
 * @param caseId its case
 * @param authorId who wrote it
 * @param authorName that counsellor's name
 * @param writtenAt when
 * @param text the text
 * @param correctsId the note it corrects, null if none
 * @param correctsWrittenAt when that note was written, null if none
 * @param correctedAt when the first correction of this note was written, null if none
 */
public record Note(UUID id, UUID caseId, UUID authorId, String authorName, OffsetDateTime writtenAt, String text,
		UUID correctsId, OffsetDateTime correctsWrittenAt, OffsetDateTime correctedAt) {
}
