package de.teilhabe.network.organisation;

/**
 * Kinds of organisations in the network.
 */
public enum OrganisationKind {

	/** Migrantenselbstorganisation. */
	MSO, WELFARE_ASSOCIATION, AUTHORITY, JOBCENTER, SCHOOL, KITA, COMPANY, RELIGIOUS_COMMUNITY, CLUB,
	COUNSELLING_SERVICE, LANGUAGE_COURSE_PROVIDER, OTHER

}
