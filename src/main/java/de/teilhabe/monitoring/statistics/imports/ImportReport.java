package de.teilhabe.monitoring.statistics.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.monitoring.statistics.importing.RejectedRow;
import de.teilhabe.monitoring.statistics.importing.StatisticsFormat;

import org.springframework.context.MessageSource;

/**
 * What an import did (or, for a dry run, would have done; a refusal stored nothing and
 * says why).
 *
 * @param importId the import's id
 * @param status {@code COMPLETED}, {@code DRY_RUN} or {@code REFUSED}
 * @param fileName the file's name
 * @param checksum SHA-256 of the file as uploaded (hex)
 * @param format the detected format
 * @param rowsRead data rows read
 * @param observationsStored cells written that did not exist before
 * @param observationsUpdated cells that existed and were overwritten
 * @param rowsRejected rows (or cells) not taken over, each with a reason
 * @param series every series of the file with its count of observations
 * @param rejectedRows the rejected rows (at most {@link #MAX_REJECTED_ROWS})
 * @param rejectedRowsTruncated whether more rows were rejected than listed
 * @param notes source notes from the file
 */
public record ImportReport(UUID importId, ImportStatus status, String fileName, String checksum,
		StatisticsFormat format, long rowsRead, long observationsStored, long observationsUpdated, long rowsRejected,
		List<SeriesCount> series, List<RejectedRow> rejectedRows, boolean rejectedRowsTruncated, List<String> notes) {

	/** Rejected rows listed in a report; the count covers all of them. */
	public static final int MAX_REJECTED_ROWS = 1000;

	public ImportReport {
		series = List.copyOf(series);
		rejectedRows = List.copyOf(rejectedRows);
		notes = List.copyOf(notes);
	}

	/**
	 * This report with the reasons of its rejected rows in the reader's language.
	 * @param messages the message bundles
	 * @param locale the reader's language
	 * @return the report to show
	 */
	public ImportReport inLanguage(MessageSource messages, Locale locale) {
		return new ImportReport(this.importId, this.status, this.fileName, this.checksum, this.format, this.rowsRead,
				this.observationsStored, this.observationsUpdated, this.rowsRejected, this.series,
				this.rejectedRows.stream().map((row) -> row.inLanguage(messages, locale)).toList(),
				this.rejectedRowsTruncated, this.notes);
	}

	ImportReport withStatus(ImportStatus newStatus) {
		return new ImportReport(this.importId, newStatus, this.fileName, this.checksum, this.format, this.rowsRead,
				this.observationsStored, this.observationsUpdated, this.rowsRejected, this.series, this.rejectedRows,
				this.rejectedRowsTruncated, this.notes);
	}

	/**
	 * One series of the file.
	 *
	 * @param code the series code
	 * @param label its title
	 * @param observations cells of this series in the file (stored + updated; for a dry
	 * run those that would have been; 0 for a refusal)
	 */
	public record SeriesCount(String code, String label, long observations) {

	}

}
