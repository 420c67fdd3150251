package de.teilhabe.reporting.run;

/** Where a report run stands. */
public enum RunStatus {

	/** Waiting for a free worker. */
	QUEUED,
	/** Being rendered; its progress says how far. */
	RUNNING,
	/** Finished: its document is kept as a version. */
	DONE,
	/** Stopped by an error; its reason says why (earlier versions stay). */
	FAILED,
	/** Stopped by a user. */
	CANCELLED;

	/** Whether the run has ended (it will not change any more). */
	public boolean ended() {
		return this == DONE || this == FAILED || this == CANCELLED;
	}

}
