package de.teilhabe.guides.guide;

/** How a guide gets to an appointment. */
public enum Mobility {

	WALK, BICYCLE, PUBLIC_TRANSPORT, CAR;

	/** Whether a guide moving like this covers distances slowly (on foot, by bicycle). */
	public boolean slow() {
		return this == WALK || this == BICYCLE;
	}

}
