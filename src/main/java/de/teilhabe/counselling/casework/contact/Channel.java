package de.teilhabe.counselling.casework.contact;

/** How a contact took place. */
public enum Channel {

	/** In person, at the office. */
	IN_PERSON,
	/** By telephone. */
	PHONE,
	/** By video call. */
	VIDEO,
	/** Outreach: the counsellor went to the person (home, shelter, school …). */
	OUTREACH

}
