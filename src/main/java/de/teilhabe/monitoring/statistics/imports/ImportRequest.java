package de.teilhabe.monitoring.statistics.imports;

import java.util.UUID;

/**
 * Who imports which file how.
 *
 * @param tenantId the tenant the data will belong to, or {@code null} for shared
 * reference data
 * @param userId the user, or {@code null} for the system (start-up)
 * @param username the user's name as shown in the history
 * @param fileName the file's name (Open SDG files take their series code from it)
 * @param dryRun report only, store nothing
 * @param strict refuse the whole file if any row is rejected
 * @param sharedCopy the tenant confirmed that it wants its own copy of a series the
 * platform already holds as shared reference data (else such a file is refused)
 */
public record ImportRequest(UUID tenantId, UUID userId, String username, String fileName, boolean dryRun,
		boolean strict, boolean sharedCopy) {

}
