package de.teilhabe.counselling.calendar;

/**
 * Whether an appointment needs interpreting (Dolmetschen) and whether it is booked. When
 * a client's languages do not include German, a new appointment needs it by default.
 */
public enum Interpreter {

	/** Not needed. */
	NONE,
	/** Needed, not yet booked. */
	NEEDED,
	/** Needed and booked. */
	BOOKED;

	/** Whether interpreting is needed (booked or not). */
	public boolean needed() {
		return this != NONE;
	}

}
