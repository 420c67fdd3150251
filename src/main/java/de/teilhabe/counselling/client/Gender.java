package de.teilhabe.counselling.client;

/** A client's gender as the client states it. */
public enum Gender {

	FEMALE, MALE, DIVERSE, NOT_STATED

}
