package de.teilhabe.counselling.casework.contact;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.region.Languages;

/**
 * A contact of a case, decrypted.
 *
 * @param id the contact
 * @param caseId its case
 * @param counsellorId who had the contact and entered it
 * @param counsellorName that counsellor's name
 * @param happenedAt when it began
 * @param durationMinutes how long
 * @param channel how
 * @param language the language spoken (code), null if not noted
 * @param interpreter who interpreted
 * @param summary what was discussed, null if nothing was written
 * @param createdAt when it was entered
 * @param updatedAt when it was last changed, null if never
 */
public record Contact(UUID id, UUID caseId, UUID counsellorId, String counsellorName, OffsetDateTime happenedAt,
		int durationMinutes, Channel channel, String language, Interpreter interpreter, String summary,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	/** The language by name in the reader's language, empty if none is noted. */
	public String languageName(Locale locale) {
		return (this.language == null) ? "" : Languages.displayName(this.language, locale);
	}

}
