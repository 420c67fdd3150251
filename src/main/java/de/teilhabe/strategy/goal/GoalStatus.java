package de.teilhabe.strategy.goal;

/**
 * The controlling status of a SMART goal, computed from its baseline, its target and the
 * latest value of its measure (see {@link Controlling} and docs/strategy.md).
 */
public enum GoalStatus {

	/** The latest value has reached the target value (or gone beyond it). */
	REACHED,

	/**
	 * Not reached yet, but the latest value is on or beyond the straight path from the
	 * baseline to the target.
	 */
	ON_TRACK,

	/** Behind the path, but within the tenant's tolerance. */
	AT_RISK,

	/** Behind the path by more than the tolerance. */
	OFF_TRACK,

	/** No value at or after the baseline year. */
	NO_DATA

}
