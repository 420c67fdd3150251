package de.teilhabe.council.model;

/**
 * What a committee of the council is (table {@code council_committee}, OParl
 * {@code Organization}).
 */
public enum CommitteeKind {

	/** The Beirat für Migration itself. */
	COUNCIL,
	/** One of its working groups (Arbeitsgruppe; OParl {@code subOrganizationOf}). */
	WORKING_GROUP

}
