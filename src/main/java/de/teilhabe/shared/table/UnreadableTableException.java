package de.teilhabe.shared.table;

/**
 * A file that cannot be read as a table ({@link UploadedTable}): nothing of it is used.
 * The {@link Problem} says why; each module words it for the user in its own bundle, e.g.
 * {@code network.transfer.error.} + {@link Problem#key()}.
 */
public class UnreadableTableException extends Exception {

	private final transient Problem problem;

	public UnreadableTableException(Problem problem) {
		super(problem.key());
		this.problem = problem;
	}

	/** Why the file cannot be read. */
	public Problem problem() {
		return this.problem;
	}

	/** Why a file cannot be read, with the last part of its message key. */
	public enum Problem {

		/** No bytes, or no row with a header. */
		EMPTY("empty"),
		/** Neither a ZIP archive (XLSX) nor text (CSV). */
		BINARY("binary"),
		/** More data rows than the limit. */
		TOO_MANY_ROWS("tooManyRows"),
		/** Headers but no data row. */
		NO_ROWS("noRows"),
		/** A CSV file that does not parse (e.g. an unclosed quote). */
		CSV("csv"),
		/** An XLSX file that does not open. */
		XLSX("xlsx"),
		/** An XLSX file that unpacks to more than the limit (a zip bomb). */
		UNPACKED_TOO_LARGE("unpackedTooLarge");

		private final String key;

		Problem(String key) {
			this.key = key;
		}

		/** The last part of the message key, e.g. {@code tooManyRows}. */
		public String key() {
			return this.key;
		}

	}

}
