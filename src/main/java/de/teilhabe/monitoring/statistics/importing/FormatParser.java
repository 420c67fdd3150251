package de.teilhabe.monitoring.statistics.importing;

import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * One format's reader: consumes the records and pushes to the sink.
 */
interface FormatParser {

	Result parse(CsvReader<CsvRecord> records, ImportSink sink);

	/**
	 * @param rowsRead data rows read
	 * @param notes source notes worth keeping (bounded)
	 */
	record Result(long rowsRead, List<String> notes) {

	}

	/** The stripped field, or {@code ""} beyond the record's end. */
	static String field(CsvRecord record, int index) {
		return (index >= 0 && index < record.getFieldCount()) ? record.getField(index).strip() : "";
	}

	/** Whether every field is blank. */
	static boolean blank(CsvRecord record) {
		for (String field : record.getFields()) {
			if (!field.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
