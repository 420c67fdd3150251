package de.teilhabe.guides.candidate;

/**
 * The rules a guide must pass to be proposed for a request, in the order they are
 * checked.
 */
public enum HardRule {

	/** The guide is active (not interested, in training, paused or ended). */
	ACTIVE,
	/** The guide speaks one of the languages the request needs. */
	LANGUAGE,
	/** The police certificate is inspected, without relevant entry and not too old. */
	CERTIFICATE,
	/** Every qualification the request requires is held and has not lapsed. */
	QUALIFICATIONS,
	/** Every appointment lies within the guide's weekly availability. */
	AVAILABLE,
	/** No appointment overlaps an appointment of the guide's other assignments. */
	NO_OVERLAP,
	/** The guide covers the request's Gemeinde. */
	GEMEINDE

}
