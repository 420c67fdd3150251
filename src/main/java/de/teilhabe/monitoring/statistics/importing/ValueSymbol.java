package de.teilhabe.monitoring.statistics.importing;

/**
 * Value symbols of German official statistics (Zeichenerklärung), kept with the
 * observation. Only {@link #NOTHING} carries a value (exactly 0), {@link #LESS_THAN_HALF}
 * the rounded value 0, {@link #LIMITED_RELIABILITY} the value in parentheses when the
 * source gives one; every other symbol stands for a value the source does not give, which
 * is never stored or shown as 0.
 */
public enum ValueSymbol {

	/** {@code -}: nothing, exactly zero; stored as value 0 with this symbol. */
	NOTHING("-"),

	/** {@code 0}: less than half the smallest unit shown, but more than nothing. */
	LESS_THAN_HALF("0"),

	/** {@code .}: unknown or secret (also "Gesperrt", "Nicht veröffentlicht"). */
	SECRET("."),

	/** {@code ...}: available later. */
	LATER("..."),

	/**
	 * {@code /}: not reliable enough to publish ("Statistisch unsicher" without a value).
	 */
	NOT_RELIABLE("/"),

	/** {@code x}: cell blocked, a statement is not meaningful. */
	BLOCKED("x"),

	/**
	 * {@code ( )}: limited reliability; the value in the parentheses is kept if given.
	 */
	LIMITED_RELIABILITY("( )"),

	/** {@code *}: anonymised small count (Statistik der Bundesagentur für Arbeit). */
	ANONYMISED("*"),

	/** Empty cell: no value and no reason given. */
	MISSING("");

	private final String sign;

	ValueSymbol(String sign) {
		this.sign = sign;
	}

	/** The sign as printed in tables. */
	public String sign() {
		return this.sign;
	}

}
