package de.teilhabe.monitoring.statistics.imports;

/**
 * Where an import stands.
 */
public enum ImportStatus {

	/** Reading and storing; progress in the import row. */
	RUNNING,

	/** Stored: valid rows written, rejected rows listed. */
	COMPLETED,

	/** A dry run: the report of what an import would do; nothing stored. */
	DRY_RUN,

	/** Refused in strict mode because rows were rejected; nothing stored. */
	REFUSED,

	/** The file as a whole could not be read; nothing stored. */
	FAILED,

	/** Stored, then undone as a whole. */
	ROLLED_BACK

}
