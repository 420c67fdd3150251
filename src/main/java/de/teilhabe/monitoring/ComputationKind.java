package de.teilhabe.monitoring;

/** How an indicator's value is computed from statistics series. */
public enum ComputationKind {

	/**
	 * The value of a series cell (a dimension filter picks the cells; several are
	 * summed).
	 */
	DIRECT,
	/** Numerator ÷ denominator × scale; the denominator's period may be offset. */
	RATIO,
	/**
	 * Difference of two terms (each a ratio or a direct value), e.g. foreigners vs
	 * Germans.
	 */
	GAP,
	/** Change of a term against an earlier period, absolute or in percent. */
	CHANGE

}
