package de.teilhabe.privacy;

/**
 * How a consent was declared.
 */
public enum HowGiven {

	/** Signed on paper. */
	WRITTEN,
	/** Said to a member of staff (who records it). */
	ORAL,
	/** By a form or mail (e.g. the public portal). */
	ELECTRONIC

}
