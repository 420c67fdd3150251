package de.teilhabe.shared.crypto;

import java.util.regex.Pattern;

/**
 * One encrypted column, registered by the module that owns its table as a bean of this
 * type, so that the re-encryption job finds it after a key rotation. The table has a
 * {@code tenant_id UUID} and an {@code id UUID} column (the row); the ciphertext column
 * is {@code BYTEA}.
 * <p>
 * The table and column names are part of every ciphertext's associated data: a renamed
 * table or column keeps its registered names here (or its values are re-encrypted).
 *
 * <pre>
 * static final EncryptedColumn NOTE = EncryptedColumn.of("consent_record", "withdrawal_note_sealed")
 * 	.replacingPlaintext("withdrawal_note");
 *
 * &#64;Bean
 * EncryptedColumn consentWithdrawalNote() {
 * 	return NOTE;
 * }
 * </pre>
 *
 * @param table the table
 * @param column the {@code BYTEA} column that holds the ciphertext
 * @param blindIndexColumn the {@code BYTEA} column that holds the blind index of the
 * value, or null if the value is never looked up
 * @param normalisation how the value is normalised for its blind index (null without one)
 * @param plaintextColumn a former plaintext column whose values the job encrypts into
 * {@code column} and then clears (for a column that was not encrypted before), or null
 */
public record EncryptedColumn(String table, String column, String blindIndexColumn,
		BlindIndexNormalisation normalisation, String plaintextColumn) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public EncryptedColumn {
		requireIdentifier(table);
		requireIdentifier(column);
		if (blindIndexColumn != null) {
			requireIdentifier(blindIndexColumn);
			if (normalisation == null) {
				throw new IllegalArgumentException("a blind index needs its normalisation");
			}
		}
		if (plaintextColumn != null) {
			requireIdentifier(plaintextColumn);
		}
	}

	/** An encrypted column without a blind index. */
	public static EncryptedColumn of(String table, String column) {
		return new EncryptedColumn(table, column, null, null, null);
	}

	/** This column with a blind index for equality lookups. */
	public EncryptedColumn withBlindIndex(String indexColumn, BlindIndexNormalisation normalisation) {
		return new EncryptedColumn(this.table, this.column, indexColumn, normalisation, this.plaintextColumn);
	}

	/**
	 * This column replacing a former plaintext column: the job encrypts what is left in
	 * it. Readers take the plaintext while the ciphertext is null.
	 */
	public EncryptedColumn replacingPlaintext(String formerColumn) {
		return new EncryptedColumn(this.table, this.column, this.blindIndexColumn, this.normalisation, formerColumn);
	}

	/** {@code table.column}, as in log messages. */
	public String qualifiedName() {
		return this.table + "." + this.column;
	}

	// the names go into SQL of the re-encryption job: code constants, checked anyway
	private static void requireIdentifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a lower-case SQL identifier: " + name);
		}
	}

}
