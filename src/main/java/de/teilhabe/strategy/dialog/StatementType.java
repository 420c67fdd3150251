package de.teilhabe.strategy.dialog;

/** What a small group names about a Handlungsfeld in a workshop. */
public enum StatementType {

	/** Stärke: what works well. */
	STRENGTH,

	/** Schwäche: what is missing or works badly. */
	WEAKNESS,

	/** Herausforderung: what is coming and must be met. */
	CHALLENGE

}
