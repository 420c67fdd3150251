package de.teilhabe.monitoring.statistics.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fast path's summary of the cells it writes (every series of the file new), counted
 * by the parser as the cells pass: cells and cells with a value per series, region and
 * period, and the values each dimension takes. Written in one statement instead of
 * reading the cells again ({@link SeriesSummaries#rewrite}: about a quarter of a first
 * import's time). Bounded: after {@value #MAX_ENTRIES} regions × periods or dimension
 * values it stops counting, and the import rewrites the summaries from the cells as
 * before.
 */
final class CellTally {

	static final int MAX_ENTRIES = 50_000;

	private record Coverage(String seriesCode, String regionKey, String period) {
	}

	private record Dimension(String seriesCode, String name, String value) {
	}

	private record DimensionKey(String seriesCode, String dimensionKey) {
	}

	private final Map<Coverage, long[]> coverage = new HashMap<>();

	private final Set<Dimension> dimensions = new HashSet<>();

	/**
	 * The combinations of dimension values counted so far: a row repeats one of a few, so
	 * its values are looked at only the first time; forgotten (each row's values counted
	 * again) beyond {@value #MAX_ENTRIES}.
	 */
	private Set<DimensionKey> dimensionKeys = new HashSet<>();

	private boolean full;

	/**
	 * Counts one cell written.
	 * @param dimensionKey the cell's dimensions as stored (the same for the same values)
	 * @param cellDimensions the cell's dimensions
	 */
	void add(String seriesCode, String regionKey, String period, boolean withValue, String dimensionKey,
			Map<String, String> cellDimensions) {
		if (this.full) {
			return;
		}
		long[] cells = this.coverage
			.computeIfAbsent(new Coverage(seriesCode, withoutNul(regionKey), withoutNul(period)), (key) -> new long[2]);
		cells[0]++;
		if (withValue) {
			cells[1]++;
		}
		if (this.dimensionKeys == null || this.dimensionKeys.add(new DimensionKey(seriesCode, dimensionKey))) {
			for (Map.Entry<String, String> entry : cellDimensions.entrySet()) {
				this.dimensions
					.add(new Dimension(seriesCode, withoutNul(entry.getKey()), withoutNul(entry.getValue())));
			}
			if (this.dimensionKeys != null && this.dimensionKeys.size() > MAX_ENTRIES) {
				this.dimensionKeys = null;
			}
		}
		if (this.coverage.size() > MAX_ENTRIES || this.dimensions.size() > MAX_ENTRIES) {
			this.full = true;
			this.coverage.clear();
			this.dimensions.clear();
			this.dimensionKeys = null;
		}
	}

	/** Whether every cell written was counted. */
	boolean complete() {
		return !this.full;
	}

	/**
	 * Writes the summaries of new series (they have none yet); their cell count goes with
	 * the series row.
	 * @param seriesIds series code to id, for the series whose cells were counted
	 */
	void write(JdbcClient jdbc, UUID tenantId, Map<String, Long> seriesIds) {
		if (this.coverage.isEmpty() && this.dimensions.isEmpty()) {
			return;
		}
		List<Long> ids = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		List<Long> cells = new ArrayList<>();
		List<Long> withValue = new ArrayList<>();
		this.coverage.forEach((key, n) -> {
			ids.add(seriesIds.get(key.seriesCode()));
			regions.add(key.regionKey());
			periods.add(key.period());
			cells.add(n[0]);
			withValue.add(n[1]);
		});
		List<Long> dimensionIds = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (Dimension dimension : this.dimensions) {
			dimensionIds.add(seriesIds.get(dimension.seriesCode()));
			names.add(dimension.name());
			values.add(dimension.value());
		}
		// one statement (one round trip per file) for both tables
		jdbc.sql("WITH coverage AS (INSERT INTO statistics_series_coverage (tenant_id, series_id, region_key, "
				+ "period, cells, with_value) SELECT CAST(? AS uuid), * FROM unnest(CAST(? AS bigint[]), "
				+ "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS bigint[]))) "
				+ "INSERT INTO statistics_series_dimension (tenant_id, series_id, name, value) "
				+ "SELECT CAST(? AS uuid), * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]))")
			.params(tenantId, ids.toArray(Long[]::new), regions.toArray(String[]::new), periods.toArray(String[]::new),
					cells.toArray(Long[]::new), withValue.toArray(Long[]::new), tenantId,
					dimensionIds.toArray(Long[]::new), names.toArray(String[]::new), values.toArray(String[]::new))
			.update();
	}

	/** As stored: PostgreSQL text (and jsonb) cannot hold NUL. */
	private static String withoutNul(String value) {
		return (value.indexOf('\0') < 0) ? value : value.replace("\0", "");
	}

}
