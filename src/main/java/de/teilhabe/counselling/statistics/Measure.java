package de.teilhabe.counselling.statistics;

/**
 * What a statistics table counts; each unit is counted once, so every total is the sum of
 * its cells (the topics excepted: a case counts under each of its topics, the total
 * counts mentions).
 */
public enum Measure {

	/**
	 * Persons with a case opened in the period (counselling or case management), each
	 * once, with the categories of their first such case; an anonymised case counts as a
	 * person of its own.
	 */
	CLIENTS(false),
	/** Cases opened in the period, short anonymous contacts included. */
	CASES(false),
	/**
	 * Cases closed in the period (no short contacts): the base of benefit status at start
	 * × end.
	 */
	CLOSED_CASES(false),
	/** Contacts in the period, the one contact of a short contact included. */
	CONTACTS(true),
	/** The hours of the contacts in the period (their durations). */
	CONTACT_HOURS(true);

	private final boolean contacts;

	Measure(boolean contacts) {
		this.contacts = contacts;
	}

	/** Whether it counts contacts (channel and language apply). */
	public boolean ofContacts() {
		return this.contacts;
	}

	/** Whether a dimension applies to it. */
	public boolean allows(Dimension dimension) {
		return this.contacts || !dimension.ofContacts();
	}

}
