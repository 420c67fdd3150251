package de.teilhabe.monitoring.statistics.importing;

/**
 * A format's number convention: which character is the decimal separator, and whether a
 * bare {@code 0} is the GENESIS symbol "less than half the smallest unit".
 */
public enum NumberStyle {

	/** Decimal point, {@code ,} or space as thousands separator (Open SDG). */
	DECIMAL_POINT('.', ',', false),

	/** Decimal comma, {@code .} or space as thousands separator (BA export). */
	DECIMAL_COMMA(',', '.', false),

	/** Decimal comma as in GENESIS, where a bare {@code 0} is a symbol. */
	GENESIS(',', '.', true);

	private final char decimal;

	private final char grouping;

	private final boolean zeroIsSymbol;

	NumberStyle(char decimal, char grouping, boolean zeroIsSymbol) {
		this.decimal = decimal;
		this.grouping = grouping;
		this.zeroIsSymbol = zeroIsSymbol;
	}

	char decimal() {
		return this.decimal;
	}

	char grouping() {
		return this.grouping;
	}

	boolean zeroIsSymbol() {
		return this.zeroIsSymbol;
	}

}
