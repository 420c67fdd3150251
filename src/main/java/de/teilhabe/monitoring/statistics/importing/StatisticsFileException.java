package de.teilhabe.monitoring.statistics.importing;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with the file as a whole: nothing of it may be stored. The HTTP layer maps
 * {@link Kind#MISSING_COLUMNS} to 422, {@link Kind#TOO_LARGE} to 413 and every other kind
 * to 400.
 */
public class StatisticsFileException extends RuntimeException {

	/**
	 * Why the file cannot be read.
	 */
	public enum Kind {

		/** The file has no content. */
		EMPTY,

		/** The file is not text (or a zip archive that holds text). */
		BINARY,

		/** Text, but none of the known formats. */
		UNKNOWN_FORMAT,

		/** A known format whose required columns are missing. */
		MISSING_COLUMNS,

		/** Broken structure: a damaged archive, unbalanced quotes, a field too long. */
		UNREADABLE,

		/** Larger than allowed once uncompressed (zip bomb guard). */
		TOO_LARGE,

		/**
		 * A tenant's file would create a second copy of a shared (reference) series, e.g.
		 * the shipped „2-1-1“, without the tenant confirming it.
		 */
		SHARED_SERIES,

		/**
		 * The file holds a series whose code is reserved for a module's operational
		 * statistics (e.g. {@code counselling.cases}).
		 */
		RESERVED_SERIES

	}

	private final Kind kind;

	private final StatisticsFormat format;

	private final List<String> missingColumns;

	private final String detailKey;

	private final List<String> detailArguments;

	/**
	 * @param message the technical text (logs)
	 * @param detailKey what people read: a key of {@code monitoring.fileError.detail.*}
	 * @param detailArguments its arguments
	 */
	public StatisticsFileException(Kind kind, String message, String detailKey, Object... detailArguments) {
		this(kind, null, List.of(), message, detailKey, detailArguments);
	}

	StatisticsFileException(Kind kind, StatisticsFormat format, List<String> missingColumns, String message,
			String detailKey, Object... detailArguments) {
		super(message);
		this.kind = kind;
		this.format = format;
		this.missingColumns = List.copyOf(missingColumns);
		this.detailKey = detailKey;
		this.detailArguments = Arrays.stream(detailArguments).map(String::valueOf).toList();
	}

	static StatisticsFileException missingColumns(StatisticsFormat format, List<String> missing) {
		return new StatisticsFileException(Kind.MISSING_COLUMNS, format, missing,
				"The file looks like " + format + " but lacks the required column(s) " + String.join(", ", missing)
						+ ".",
				"monitoring.fileError.detail.missingColumns", "monitoring.format." + format.name(),
				String.join(", ", missing));
	}

	/**
	 * The key of the text people read (in {@code monitoring.fileError.detail.*}); an
	 * argument that is itself a key (starts with {@code monitoring.}) is resolved too.
	 */
	public String detailKey() {
		return this.detailKey;
	}

	public List<String> detailArguments() {
		return this.detailArguments;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The detected format, if the file got that far. */
	public StatisticsFormat format() {
		return this.format;
	}

	public List<String> missingColumns() {
		return this.missingColumns;
	}

}
