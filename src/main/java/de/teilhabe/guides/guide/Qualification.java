package de.teilhabe.guides.guide;

/**
 * What a guide has been trained for, with an expiry where it lapses: a request may
 * require some of them.
 */
public enum Qualification {

	/** The basic training of the guide network. */
	BASIC_TRAINING,
	/** Interpreting in conversations with authorities (Sprachmittlung). */
	INTERPRETING,
	/** Accompanying people with traumatic experiences. */
	TRAUMA_AWARENESS,
	/** Accompanying to medical appointments. */
	HEALTH,
	/** First aid. */
	FIRST_AID

}
