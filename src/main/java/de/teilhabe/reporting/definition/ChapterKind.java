package de.teilhabe.reporting.definition;

/** What a chapter of a report holds. */
public enum ChapterKind {

	/**
	 * Text written by the office, in the report markup (see {@link Chapter#text()}).
	 */
	FREE_TEXT,

	/**
	 * The indicators of a Handlungsfeld or monitoring theme: per indicator a chart and a
	 * table (Kreis vs Land vs Gemeinden), the trend over the years and the definition.
	 */
	INDICATORS,

	/**
	 * A section per region of the report (each Gemeinde) with every figure that exists at
	 * that level.
	 */
	REGION_PROFILES,

	/** The goals and measures of the concept with their controlling status. */
	GOALS_AND_MEASURES,

	/** Every series used, with source, licence, date of the data and value symbols. */
	SOURCES

}
