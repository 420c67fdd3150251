package de.teilhabe.portal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Counters in memory until they are written: adding one is a map update without a lock on
 * the whole map; taking them removes each counter as it is read, so that nothing counted
 * meanwhile is lost. At most {@code limit} keys (more are not counted until the next
 * write).
 */
final class Counters<K> {

	private final Map<K, Long> counts = new ConcurrentHashMap<>();

	private final int limit;

	Counters(int limit) {
		this.limit = limit;
	}

	void add(K key) {
		if (this.counts.size() < this.limit || this.counts.containsKey(key)) {
			this.counts.merge(key, 1L, Long::sum);
		}
	}

	/** Removes every counter and answers a batch row for each. */
	List<Object[]> take(BiFunction<K, Long, Object[]> row) {
		List<Object[]> rows = new ArrayList<>();
		for (K key : List.copyOf(this.counts.keySet())) {
			Long count = this.counts.remove(key);
			if (count != null) {
				rows.add(row.apply(key, count));
			}
		}
		return rows;
	}

}
