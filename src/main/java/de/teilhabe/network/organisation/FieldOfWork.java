package de.teilhabe.network.organisation;

/**
 * Fields of work of organisations (and of projects later), after the usual fields of
 * action of municipal integration concepts.
 */
public enum FieldOfWork {

	LANGUAGE, EDUCATION, WORK, HOUSING, HEALTH, COUNSELLING, FAMILY, YOUTH, WOMEN, CULTURE, SPORTS, PARTICIPATION,
	ANTI_DISCRIMINATION, RELIGION, OTHER

}
