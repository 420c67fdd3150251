package de.teilhabe.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored consent.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param subjectType the subject type
 * @param subjectId the subject id; null once anonymised
 * @param purpose the purpose code
 * @param textVersion the version of the text agreed to
 * @param language its language
 * @param givenAt when it was given
 * @param givenHow how it was given
 * @param recordedBy the user who recorded it (null: the system)
 * @param recordedAt when it was recorded
 * @param withdrawnAt when it was withdrawn, or null
 * @param withdrawalNote a note on the withdrawal
 * @param withdrawnBy the user who recorded the withdrawal (null: the system)
 * @param anonymisedAt when the subject reference was removed, or null
 */
public record ConsentRecord(UUID id, UUID tenantId, String subjectType, String subjectId, String purpose,
		int textVersion, String language, OffsetDateTime givenAt, HowGiven givenHow, UUID recordedBy,
		OffsetDateTime recordedAt, OffsetDateTime withdrawnAt, String withdrawalNote, UUID withdrawnBy,
		OffsetDateTime anonymisedAt) {

	/** Whether the consent is valid at the given time. */
	public boolean validAt(OffsetDateTime time) {
		return this.subjectId != null && !this.givenAt.isAfter(time)
				&& (this.withdrawnAt == null || this.withdrawnAt.isAfter(time));
	}

}
