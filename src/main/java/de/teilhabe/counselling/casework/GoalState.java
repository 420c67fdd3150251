package de.teilhabe.counselling.casework;

/** How far a goal of the Förderplan is reached. */
public enum GoalState {

	/** Being worked on. */
	OPEN,
	/** Reached. */
	ACHIEVED,
	/** Reached in part. */
	PARTLY_ACHIEVED,
	/** Given up (no longer pursued). */
	DROPPED

}
