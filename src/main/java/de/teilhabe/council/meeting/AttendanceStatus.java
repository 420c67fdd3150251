package de.teilhabe.council.meeting;

/** Whether a member attended a meeting. */
public enum AttendanceStatus {

	/** anwesend */
	PRESENT,
	/** entschuldigt */
	EXCUSED,
	/** unentschuldigt abwesend */
	ABSENT

}
