package de.teilhabe.reporting.run;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A run of a report definition (its document, once done, is a version of the report).
 *
 * @param id the run's id
 * @param definitionId the definition it was started on
 * @param definitionTitle the definition's title when it was started
 * @param language the report's language tag
 * @param status where it stands
 * @param done chapters finished
 * @param total chapters in all
 * @param reason why it failed (FAILED only)
 * @param cancelRequested whether a user asked it to stop
 * @param startedByName who started it
 * @param queuedAt when it was started
 * @param startedAt when a worker took it
 * @param endedAt when it ended
 * @param dataAsOf the date of the newest data it used (DONE only)
 * @param pages the PDF's pages (DONE only)
 */
record Run(UUID id, UUID definitionId, String definitionTitle, String language, RunStatus status, int done, int total,
		String reason, boolean cancelRequested, String startedByName, OffsetDateTime queuedAt, OffsetDateTime startedAt,
		OffsetDateTime endedAt, OffsetDateTime dataAsOf, int pages) {
}
