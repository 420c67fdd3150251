package de.teilhabe.monitoring.statistics.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One import as the history shows it.
 *
 * @param id its id
 * @param shared whether it is shared reference data (imported by the platform)
 * @param username who imported
 * @param startedAt when it started
 * @param finishedAt when it ended (null while running)
 * @param fileName the file's name
 * @param sizeBytes the file's size
 * @param checksum SHA-256 of the file (hex)
 * @param format the detected format
 * @param dryRun whether it was a dry run
 * @param strict whether strict mode was on
 * @param status where it stands
 * @param rowsDone progress: rows read so far
 * @param bytesDone progress: bytes read so far
 * @param rowsRead data rows read
 * @param stored cells created
 * @param updated cells overwritten
 * @param rejected rows rejected
 * @param errorKind of a failed import: why (EMPTY, BINARY, UNKNOWN_FORMAT, ...)
 * @param error of a failed import: the message
 * @param errorKey of a failed import: the key of the text people read
 * @param errorArguments its arguments (a JSON array of strings)
 * @param rolledBackAt when it was rolled back
 * @param rolledBackBy who rolled it back
 */
public record ImportView(UUID id, boolean shared, String username, OffsetDateTime startedAt, OffsetDateTime finishedAt,
		String fileName, Long sizeBytes, String checksum, String format, boolean dryRun, boolean strict,
		ImportStatus status, long rowsDone, long bytesDone, Long rowsRead, Long stored, Long updated, Long rejected,
		String errorKind, String error, String errorKey, String errorArguments, OffsetDateTime rolledBackAt,
		String rolledBackBy) {

	public boolean running() {
		return this.status == ImportStatus.RUNNING;
	}

}
