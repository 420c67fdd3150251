package de.teilhabe.counselling.casework;

/**
 * The topics of a case (code list, shown by name): what a person comes to the
 * Beratungsstelle for. Stored as the constants' names.
 */
public enum Topic {

	/** Aufenthaltsrecht. */
	RESIDENCE_LAW,
	/** Sprache, Integrationskurs. */
	LANGUAGE_COURSE,
	/** Arbeit und Anerkennung von Abschlüssen. */
	WORK_RECOGNITION,
	/** Wohnen. */
	HOUSING,
	/** Gesundheit. */
	HEALTH,
	/** Familie, Kita und Schule. */
	FAMILY_SCHOOL,
	/** Geld und Sozialleistungen. */
	MONEY_BENEFITS,
	/** Diskriminierung. */
	DISCRIMINATION,
	/** Sonstiges. */
	OTHER

}
