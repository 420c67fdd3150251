package de.teilhabe.monitoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One value of an indicator. A value whose component is missing or secret is null with
 * the symbol (the statistics' value symbol, e.g. {@code SECRET}, {@code MISSING}) and the
 * reason in words; never 0.
 *
 * @param region the region key (AGS, or a tenant's statistical area key)
 * @param period the period, e.g. {@code 2024}
 * @param value the value, or null
 * @param numerator the numerator (RATIO), the first term (GAP), the current value
 * (CHANGE), the value (DIRECT); null when missing
 * @param denominator the denominator (RATIO), the second term (GAP), the earlier value
 * (CHANGE); null for DIRECT or when missing
 * @param symbol why the value is null ({@code MISSING}, {@code SECRET},
 * {@code ZERO_DENOMINATOR}, ...), null when there is a value
 * @param reason the reason in words, null when there is a value
 * @param dimensions the variant (dimension → value); empty for an indicator without
 * dimensions
 */
public record IndicatorValue(String region, String period, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, String symbol, String reason, Map<String, String> dimensions) {

}
