package de.teilhabe.guides.guide;

/**
 * What a guide accompanies people in (the Leitstelle's list): the topics a guide offers
 * and the topic of a request.
 */
public enum Topic {

	/** Orientation in the new surroundings. */
	ORIENTATION,
	/** Accompaniment to an authority or an organisation. */
	AUTHORITY,
	/** Flat search and rent problems. */
	HOUSING,
	/** Mediation between cultures in conflicts. */
	CULTURAL_MEDIATION,
	/** Language support in a conversation. */
	LANGUAGE_SUPPORT,
	/** Anything else. */
	OTHER

}
