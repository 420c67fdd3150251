package de.teilhabe.counselling.records;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.counselling.retention.RetentionSettings;
import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.stereotype.Component;

/**
 * The record of processing activities (DSGVO Art. 30 (1)) of the Beratungsstelle,
 * generated so that it stays true: the encrypted fields are the module's registered
 * {@link EncryptedColumn} beans (every table starting with {@value #TABLE_PREFIX}), the
 * retention period is the configured one ({@link RetentionSettings}), the recipients are
 * those of the consent purposes ({@link Purpose}); purposes, legal bases, categories and
 * measures are the module's own texts ({@code counselling.records.*}).
 */
@Component
class ProcessingRecord {

	static final String TABLE_PREFIX = "counselling_";

	private final List<EncryptedColumn> columns;

	private final RetentionSettings retention;

	ProcessingRecord(List<EncryptedColumn> columns, RetentionSettings retention) {
		this.columns = columns;
		this.retention = retention;
	}

	/** The record as of now. */
	Contents contents(OffsetDateTime now) {
		List<String> encrypted = this.columns.stream()
			.filter((column) -> column.table().startsWith(TABLE_PREFIX))
			.map(EncryptedColumn::qualifiedName)
			.distinct()
			.sorted(Comparator.naturalOrder())
			.toList();
		return new Contents(now, encrypted, this.retention.years(), Arrays.asList(Purpose.values()));
	}

	/**
	 * What the record shows beside its fixed texts.
	 *
	 * @param generatedAt when it was generated
	 * @param encryptedFields the encrypted columns, as {@code table.column}
	 * @param retentionYears years after the closure of a case until it is anonymised
	 * @param purposes the consent purposes with their recipients (named in the bundle)
	 */
	record Contents(OffsetDateTime generatedAt, List<String> encryptedFields, int retentionYears,
			List<Purpose> purposes) {
	}

}
