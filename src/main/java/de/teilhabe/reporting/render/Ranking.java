package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The known values of one figure for a set of regions, highest first: each region's rank
 * (regions with the same value share a rank), the median, the lowest and the highest.
 * Regions without a value (missing, secret) have no rank.
 */
final class Ranking {

	/** A region's value. */
	record Entry(String region, BigDecimal value) {

	}

	private final List<Entry> descending;

	/**
	 * @param values the known values by region; the region's order breaks ties (for the
	 * lowest and highest)
	 */
	Ranking(Map<String, BigDecimal> values) {
		List<Entry> entries = new ArrayList<>();
		values.forEach((region, value) -> {
			if (value != null) {
				entries.add(new Entry(region, value));
			}
		});
		entries.sort(Comparator.comparing(Entry::value).reversed());
		this.descending = List.copyOf(entries);
	}

	/** How many regions have a value. */
	int size() {
		return this.descending.size();
	}

	/** The regions with a value, highest first. */
	List<Entry> descending() {
		return this.descending;
	}

	/** A region's rank (1 = highest value), or 0 when it has no value. */
	int rank(String region) {
		BigDecimal own = value(region);
		if (own == null) {
			return 0;
		}
		int higher = 0;
		for (Entry entry : this.descending) {
			if (entry.value().compareTo(own) > 0) {
				higher++;
			}
		}
		return higher + 1;
	}

	/** Whether no region has a lower value (and there are at least two). */
	boolean lowest(String region) {
		BigDecimal own = value(region);
		return own != null && this.descending.size() > 1
				&& own.compareTo(this.descending.get(this.descending.size() - 1).value()) == 0
				&& own.compareTo(this.descending.get(0).value()) != 0;
	}

	/** Whether no region has a higher value (and there are at least two). */
	boolean highest(String region) {
		BigDecimal own = value(region);
		return own != null && this.descending.size() > 1 && rank(region) == 1
				&& own.compareTo(this.descending.get(this.descending.size() - 1).value()) != 0;
	}

	BigDecimal value(String region) {
		for (Entry entry : this.descending) {
			if (entry.region().equals(region)) {
				return entry.value();
			}
		}
		return null;
	}

	/** The median of the values, or null when there are none. */
	BigDecimal median() {
		int n = this.descending.size();
		if (n == 0) {
			return null;
		}
		if (n % 2 == 1) {
			return this.descending.get(n / 2).value();
		}
		return this.descending.get(n / 2 - 1)
			.value()
			.add(this.descending.get(n / 2).value())
			.divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
	}

	/** The highest value's region and value, or null. */
	Entry top() {
		return this.descending.isEmpty() ? null : this.descending.get(0);
	}

	/** The lowest value's region and value, or null. */
	Entry bottom() {
		return this.descending.isEmpty() ? null : this.descending.get(this.descending.size() - 1);
	}

}
