package de.teilhabe.counselling.casework;

/**
 * How a contact took place ({@code counselling_contact.channel}): in person, by phone, by
 * video, or outreach (aufsuchend, at the person's place).
 */
public enum ContactChannel {

	IN_PERSON, PHONE, VIDEO, OUTREACH

}
