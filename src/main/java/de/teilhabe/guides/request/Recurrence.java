package de.teilhabe.guides.request;

/** Whether a request is one appointment or repeats, and how often. */
public enum Recurrence {

	ONCE(0), WEEKLY(1), FORTNIGHTLY(2);

	private final int weeks;

	Recurrence(int weeks) {
		this.weeks = weeks;
	}

	/** The weeks between two occurrences (0: once). */
	public int weeks() {
		return this.weeks;
	}

}
