package de.teilhabe.network.committee;

/**
 * Where a meeting stands (OParl {@code meetingState} is free text; OParl's
 * {@code cancelled} flag is {@link #CANCELLED}).
 */
public enum MeetingState {

	SCHEDULED, INVITED, HELD, CANCELLED

}
