package de.teilhabe.counselling.calendar;

/** The state of an appointment. */
public enum AppointmentStatus {

	/** Planned (the default). */
	PLANNED,
	/** Held. */
	HELD,
	/** The client did not come. */
	NO_SHOW,
	/** Cancelled. */
	CANCELLED

}
