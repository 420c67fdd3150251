package de.teilhabe.guides.assignment;

/**
 * Where an assignment stands: commissioned by the office (Beauftragung), accepted or
 * declined by the guide, done, or cancelled.
 */
public enum AssignmentStatus {

	COMMISSIONED, ACCEPTED, DECLINED, DONE, CANCELLED;

	/** Whether the assignment binds the guide (commissioned or accepted). */
	public boolean live() {
		return this == COMMISSIONED || this == ACCEPTED;
	}

}
