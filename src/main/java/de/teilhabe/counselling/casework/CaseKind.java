package de.teilhabe.counselling.casework;

/** The three kinds of a case of the Beratungsstelle. */
public enum CaseKind {

	/** A short anonymous contact: counted only, no client, no personal data. */
	SHORT_CONTACT,
	/** A counselling case of a client. */
	COUNSELLING,
	/**
	 * Case management (Fallmanagement) of a client, through the phases of
	 * {@link CasePhase}.
	 */
	CASE_MANAGEMENT

}
