package de.teilhabe.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How an indicator is computed.
 * <ul>
 * <li>{@code DIRECT}: {@code first} with a numerator only;</li>
 * <li>{@code RATIO}: {@code first} with numerator, denominator and scale;</li>
 * <li>{@code GAP}: {@code first} minus {@code second} (each a ratio or a direct
 * value);</li>
 * <li>{@code CHANGE}: {@code first} against its value {@code periodsBack} years earlier,
 * {@code change} ABSOLUTE (difference) or PERCENT (difference ÷ earlier × 100).</li>
 * </ul>
 *
 * @param kind the kind
 * @param first the (first) term
 * @param second the second term of a gap, else null
 * @param periodsBack for CHANGE: how many years back (≥ 1), else 0
 * @param change for CHANGE: ABSOLUTE or PERCENT, else null
 */
public record IndicatorComputation(ComputationKind kind, Term first, Term second, int periodsBack, ChangeMode change) {

	/** Absolute difference or percentage change. */
	public enum ChangeMode {

		ABSOLUTE, PERCENT

	}

	/**
	 * A direct value (numerator only) or a ratio numerator ÷ denominator × scale.
	 *
	 * @param numerator the numerator (or the value)
	 * @param denominator the denominator, or null for a direct value
	 * @param scale the factor (100 for a percentage, 1000 for "per 1 000"); null means 1
	 */
	public record Term(Component numerator, Component denominator, BigDecimal scale) {

	}

	/**
	 * Cells of a statistics series: those whose dimensions contain {@code filter}; cells
	 * with the same values of the {@code by} dimensions (the indicator's variants) are
	 * summed.
	 *
	 * @param series the series code (the tenant's own series of that code, else the
	 * shared one)
	 * @param filter dimension name → value every cell must have
	 * @param by the dimensions that make the variants of the indicator (a denominator's
	 * {@code by} must be a subset of its numerator's)
	 * @param periodOffset years added to the period when reading this component (-1: the
	 * previous year's value); 0 normally
	 */
	public record Component(String series, Map<String, String> filter, List<String> by, int periodOffset) {

		public Component {
			filter = (filter == null) ? Map.of() : Map.copyOf(filter);
			by = (by == null) ? List.of() : List.copyOf(by);
		}

	}

}
