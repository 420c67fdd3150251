package de.teilhabe.monitoring;

/** Which direction of an indicator's value is the better one. */
public enum Polarity {

	/** A higher value is better (e.g. employment rate). */
	HIGHER_IS_BETTER,
	/** A lower value is better (e.g. unemployment rate). */
	LOWER_IS_BETTER,
	/** Neither (e.g. population, share of foreigners). */
	NEUTRAL

}
