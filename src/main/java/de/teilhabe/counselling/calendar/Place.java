package de.teilhabe.counselling.calendar;

/** Where an appointment takes place; the details (room, address, link) are encrypted. */
public enum Place {

	/** In a room of the office. */
	OFFICE,
	/** Outreach: at the client's home, a shelter or elsewhere. */
	OUTREACH,
	/** By telephone. */
	PHONE,
	/** By video. */
	VIDEO

}
