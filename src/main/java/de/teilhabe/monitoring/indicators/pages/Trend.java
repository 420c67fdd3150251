package de.teilhabe.monitoring.indicators.pages;

import java.math.BigDecimal;

import de.teilhabe.monitoring.Polarity;

/**
 * How a value moved against the previous period, and whether that is better or worse by
 * the indicator's polarity (neutral when neither direction is better or nothing moved).
 *
 * @param direction up, down or equal
 * @param judgement better, worse or neutral
 */
record Trend(Direction direction, Judgement judgement) {

	enum Direction {

		UP("▲"), DOWN("▼"), EQUAL("=");

		private final String symbol;

		Direction(String symbol) {
			this.symbol = symbol;
		}

		String symbol() {
			return this.symbol;
		}

	}

	enum Judgement {

		BETTER, WORSE, NEUTRAL

	}

	/** The trend from {@code previous} to {@code current}, or null if one is missing. */
	static Trend of(BigDecimal current, BigDecimal previous, Polarity polarity) {
		if (current == null || previous == null) {
			return null;
		}
		int sign = current.compareTo(previous);
		Direction direction = (sign > 0) ? Direction.UP : (sign < 0) ? Direction.DOWN : Direction.EQUAL;
		if (sign == 0 || polarity == Polarity.NEUTRAL) {
			return new Trend(direction, Judgement.NEUTRAL);
		}
		boolean better = (sign > 0) == (polarity == Polarity.HIGHER_IS_BETTER);
		return new Trend(direction, better ? Judgement.BETTER : Judgement.WORSE);
	}

	/** The symbol, e.g. ▲ (shown next to the words, hidden from screen readers). */
	public String symbol() {
		return this.direction.symbol();
	}

}
