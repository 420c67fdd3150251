package de.teilhabe.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A consent to record.
 *
 * @param tenantId the tenant
 * @param subjectType the subject type of the owning module, e.g. {@code client}
 * @param subjectId the subject's id in that module
 * @param purpose the purpose code (a stored consent text must exist)
 * @param textVersion the version of the text agreed to
 * @param language the language of the text agreed to
 * @param givenAt when it was given (not in the future)
 * @param how how it was given
 */
public record NewConsent(UUID tenantId, String subjectType, String subjectId, String purpose, int textVersion,
		String language, OffsetDateTime givenAt, HowGiven how) {
}
