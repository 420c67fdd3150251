package de.teilhabe.council.model;

/**
 * What a committee of the council is (table {@code council_committee}, OParl
 * {@code Organization}).
 */
public enum CommitteeKind {

	/** The Beirat für Migration itself. */
	COUNCIL,
	/** One of its working groups (Arbeitsgruppe; OParl {@code subOrganizationOf}). */
	WORKING_GROUP,
	/**
	 * A body the office sits on or takes part in (Arbeitskreis, Netzwerktreffen,
	 * Fachausschuss of the Kreistag), with the office's role there: its own bookkeeping,
	 * not a body of the Beirat, never in OParl nor on the council's pages
	 * ({@link de.teilhabe.council.NetworkCommittee}).
	 */
	NETWORK

}
