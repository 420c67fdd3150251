package de.teilhabe.guides.training;

/**
 * A participant at a session: present, excused or absent (not recorded yet: none).
 */
public enum Attendance {

	PRESENT, EXCUSED, ABSENT

}
