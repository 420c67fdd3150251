package de.teilhabe.strategy.concept;

/** Where a version of the concept stands. */
public enum ConceptStatus {

	/** Being written (e.g. during an Integrationsdialog); can still change freely. */
	DRAFT,

	/** Adopted by a body (e.g. the Kreistag) on a date; at most one per tenant. */
	ADOPTED,

	/** Replaced by a later adopted version. */
	SUPERSEDED

}
