package de.teilhabe.monitoring.indicators.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.monitoring.IndicatorValue;

/**
 * The one variant a page shows when the asked dimensions leave several (e.g. a default
 * that does not name every dimension): the one with most „Insgesamt“ values, else the
 * first.
 */
final class Variants {

	private static final String TOTAL = "Insgesamt";

	private Variants() {
	}

	/** The variant to show among the values (empty for none). */
	static Map<String, String> choose(List<IndicatorValue> values) {
		Set<Map<String, String>> variants = new LinkedHashSet<>();
		for (IndicatorValue value : values) {
			variants.add(value.dimensions());
		}
		Map<String, String> best = Map.of();
		long bestTotals = -1;
		for (Map<String, String> variant : variants) {
			long totals = variant.values().stream().filter(TOTAL::equalsIgnoreCase).count();
			if (totals > bestTotals) {
				best = variant;
				bestTotals = totals;
			}
		}
		return best;
	}

	/** The values of one variant. */
	static List<IndicatorValue> only(List<IndicatorValue> values, Map<String, String> variant) {
		List<IndicatorValue> only = new ArrayList<>();
		for (IndicatorValue value : values) {
			if (value.dimensions().equals(variant)) {
				only.add(value);
			}
		}
		return only;
	}

	/** Values by period (one variant). */
	static Map<String, IndicatorValue> byPeriod(List<IndicatorValue> values) {
		Map<String, IndicatorValue> byPeriod = new LinkedHashMap<>();
		for (IndicatorValue value : values) {
			byPeriod.put(value.period(), value);
		}
		return byPeriod;
	}

}
