package de.teilhabe.monitoring.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies the official hierarchy (parent and number of siblings of every Gemeinde, Kreis
 * and Regierungsbezirk) from the region module's API into {@code indicator_region}, the
 * table the computation sums higher regions with. Rewritten only when it differs.
 * Prepared while serving: only the indicator computations read it, and they run while
 * serving too (after it); on a fresh data folder it took 0.8 s of the way to healthy.
 */
@Component
class RegionHierarchy implements StartupTask {

	private final Regions regions;

	private final JdbcClient jdbc;

	RegionHierarchy(Regions regions, JdbcClient jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "indicator region hierarchy";
	}

	@Override
	public Set<String> after() {
		// reads the regions
		return Set.of("regions");
	}

	@Override
	public boolean whileServing() {
		return true;
	}

	@Override
	public void run() {
		Map<String, String> parents = new HashMap<>();
		for (Region land : this.regions.laender()) {
			for (Region child : this.regions.children(land.key())) {
				parents.put(child.key(), land.key());
				if (child.level() == RegionLevel.REGIERUNGSBEZIRK) {
					for (Region kreis : this.regions.children(child.key())) {
						parents.put(kreis.key(), child.key());
					}
				}
			}
			for (Region gemeinde : this.regions.gemeinden(land.key())) {
				parents.put(gemeinde.key(), gemeinde.parentKey());
			}
		}
		Map<String, Integer> siblings = new HashMap<>();
		parents.values().forEach((parent) -> siblings.merge(parent, 1, Integer::sum));
		long stored = this.jdbc.sql("SELECT count(*) FROM indicator_region").query(Long.class).single();
		if (stored == parents.size()) {
			return;
		}
		List<String> keys = new ArrayList<>(parents.keySet());
		String[] parentKeys = keys.stream().map(parents::get).toArray(String[]::new);
		Integer[] counts = keys.stream().map((key) -> siblings.get(parents.get(key))).toArray(Integer[]::new);
		this.jdbc.sql("DELETE FROM indicator_region").update();
		this.jdbc
			.sql("INSERT INTO indicator_region (key, parent_key, siblings) "
					+ "SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]))")
			.params(keys.toArray(String[]::new), parentKeys, counts)
			.update();
	}

}
