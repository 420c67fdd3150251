package de.teilhabe.network.offer;

/**
 * Kinds of offers (Angebote).
 */
public enum OfferKind {

	LANGUAGE_COURSE, COUNSELLING, SPORTS, PARENTS_GROUP, HOMEWORK_HELP, WOMENS_GROUP, YOUTH_GROUP, CULTURE,
	MEETING_PLACE, TRAINING, OTHER

}
