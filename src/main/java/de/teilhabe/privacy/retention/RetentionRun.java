package de.teilhabe.privacy.retention;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One application of a retention rule as logged.
 *
 * @param id its id
 * @param tenantId the tenant whose records it covered; null: the records of no tenant
 * @param rule the rule's name
 * @param startedAt when it started
 * @param finishedAt when it finished
 * @param affected records deleted or anonymised (null if it failed)
 * @param error the error, if it failed
 * @param triggeredBy the user who started it (null: the scheduled job)
 */
record RetentionRun(long id, UUID tenantId, String rule, OffsetDateTime startedAt, OffsetDateTime finishedAt,
		Integer affected, String error, UUID triggeredBy) {

	boolean failed() {
		return this.error != null;
	}

}
