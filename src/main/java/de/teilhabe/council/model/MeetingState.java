package de.teilhabe.council.model;

/**
 * Where a meeting stands (OParl {@code Meeting.meetingState} is free text; OParl's
 * {@code cancelled} flag is {@link #CANCELLED}).
 */
public enum MeetingState {

	/** Planned, no invitation sent yet. */
	SCHEDULED("terminiert"),
	/** Invitation with the agenda sent. */
	INVITED("eingeladen"),
	/** Held; minutes may follow. */
	HELD("durchgeführt"),
	/** Cancelled. */
	CANCELLED("abgesagt");

	private final String oparlName;

	MeetingState(String oparlName) {
		this.oparlName = oparlName;
	}

	/** The state as an OParl client shows it. */
	public String oparlName() {
		return this.oparlName;
	}

}
