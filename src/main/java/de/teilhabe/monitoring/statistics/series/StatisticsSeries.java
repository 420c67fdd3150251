package de.teilhabe.monitoring.statistics.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import de.teilhabe.monitoring.statistics.areas.StatisticalAreas;
import de.teilhabe.monitoring.statistics.importing.ValueSymbol;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the series a tenant may see: shared reference data and its own. Where a tenant's
 * own series has the code of a shared one, the own one is found by that code.
 */
@Service
public class StatisticsSeries {

	/** Observations one request returns at most. */
	public static final int MAX_OBSERVATIONS = 50_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SERIES_COLUMNS = "se.id, se.code, se.label, se.label_en, se.unit, se.source, se.attribution, "
			+ "se.format, se.dimension_names::text AS dimension_names, se.tenant_id IS NULL AS shared, se.updated_at, "
			+ "se.observations"; // kept by the import: counting the cells here scanned
									// the whole table

	private final JdbcClient jdbc;

	private final StatisticalAreas areas;

	StatisticsSeries(JdbcClient jdbc, StatisticalAreas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** Every series the tenant sees: shared first, then its own, by code. */
	public List<SeriesSummary> list(UUID tenantId) {
		return this.jdbc
			.sql("SELECT " + SERIES_COLUMNS
					+ " FROM statistics_series se WHERE se.tenant_id = ? OR se.tenant_id IS NULL "
					+ "ORDER BY se.tenant_id NULLS FIRST, se.code")
			.param(tenantId)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/**
	 * A series by code (the tenant's own before a shared one), or by id when no series
	 * has that code and it is a number.
	 */
	public Optional<SeriesSummary> find(UUID tenantId, String code) {
		Optional<SeriesSummary> byCode = this.jdbc
			.sql("SELECT " + SERIES_COLUMNS
					+ " FROM statistics_series se WHERE (se.tenant_id = ? OR se.tenant_id IS NULL) "
					+ "AND se.code = ? ORDER BY se.tenant_id NULLS LAST LIMIT 1")
			.params(tenantId, code)
			.query((rs, n) -> summary(rs))
			.optional();
		if (byCode.isPresent() || !code.matches("\\d{1,18}")) {
			return byCode;
		}
		return findById(tenantId, Long.parseLong(code));
	}

	public Optional<SeriesSummary> findById(UUID tenantId, long id) {
		return this.jdbc
			.sql("SELECT " + SERIES_COLUMNS
					+ " FROM statistics_series se WHERE (se.tenant_id = ? OR se.tenant_id IS NULL) AND se.id = ?")
			.params(tenantId, id)
			.query((rs, n) -> summary(rs))
			.optional();
	}

	/**
	 * The values each dimension takes, in the order of the series' dimensions: from the
	 * series' summary, which the import keeps (no request reads a series' cells for it).
	 */
	public List<Dimension> dimensions(SeriesSummary series) {
		Map<String, TreeSet<String>> values = new LinkedHashMap<>();
		series.dimensionNames().forEach((name) -> values.put(name, new TreeSet<>()));
		this.jdbc.sql("SELECT name, value FROM statistics_series_dimension WHERE series_id = ?")
			.param(series.id())
			.query((rs, n) -> values.computeIfAbsent(rs.getString(1), (k) -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		List<Dimension> result = new ArrayList<>();
		values.forEach((name, set) -> result.add(new Dimension(name, List.copyOf(set))));
		return result;
	}

	/**
	 * Which regions have which periods: per region and period the cells, and how many of
	 * them carry a value (from the series' summary, kept by the import and the rollback).
	 */
	public Coverage coverage(UUID tenantId, SeriesSummary series) {
		List<CoverageCell> cells = this.jdbc
			.sql("SELECT region_key, period, cells, with_value FROM statistics_series_coverage WHERE series_id = ? "
					+ "ORDER BY region_key, period")
			.param(series.id())
			.query((rs, n) -> new CoverageCell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
		TreeSet<String> periods = new TreeSet<>();
		Map<String, String> regions = new LinkedHashMap<>();
		for (CoverageCell cell : cells) {
			periods.add(cell.period());
			regions.computeIfAbsent(cell.region(), (key) -> this.areas.name(tenantId, key).orElse(key));
		}
		List<RegionRef> regionList = new ArrayList<>();
		regions.forEach((key, name) -> regionList.add(new RegionRef(key, name)));
		return new Coverage(regionList, List.copyOf(periods), cells);
	}

	/**
	 * Observations, filtered by region and period range (inclusive), at most
	 * {@link #MAX_OBSERVATIONS}.
	 */
	public List<ObservationView> observations(SeriesSummary series, String region, String from, String to) {
		StringBuilder sql = new StringBuilder("SELECT region_key, period, period_kind, dimension_key, value, "
				+ "symbol, quality, note FROM statistics_observation o WHERE " + tenantOf(series)
				+ " AND o.series_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(series.id());
		if (region != null && !region.isBlank()) {
			sql.append(" AND region_key = ?");
			params.add(region.strip());
		}
		if (from != null && !from.isBlank()) {
			sql.append(" AND period >= ?");
			params.add(from.strip());
		}
		if (to != null && !to.isBlank()) {
			// 2019 as upper bound includes 2019-12 and 2019-12-31
			sql.append(" AND period <= ?");
			params.add(to.strip() + "\uffff");
		}
		sql.append(" ORDER BY region_key, period, dimension_key LIMIT ").append(MAX_OBSERVATIONS);
		return this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			String symbolName = rs.getString("symbol");
			ValueSymbol symbol = (symbolName == null) ? null : ValueSymbol.valueOf(symbolName);
			String quality = rs.getString("quality");
			return new ObservationView(rs.getString("region_key"), rs.getString("period"), rs.getString("period_kind"),
					JSON.readValue(rs.getString(4), new TypeReference<Map<String, String>>() {
					}), rs.getBigDecimal("value"), symbolName, (symbol == null) ? null : symbol.sign(),
					(quality == null) ? null : quality.strip(), rs.getString("note"));
		}).list();
	}

	private static String tenantOf(SeriesSummary series) {
		// the series was checked to be visible; its observations share its tenant
		return series.shared() ? "o.tenant_id IS NULL"
				: "o.tenant_id = (SELECT tenant_id FROM statistics_series WHERE id = " + series.id() + ")";
	}

	private static SeriesSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<String> names = JSON.readValue(rs.getString("dimension_names"), new TypeReference<List<String>>() {
		});
		// an operational series has an English title too
		String english = rs.getString("label_en");
		String label = (english != null && "en".equals(LocaleContextHolder.getLocale().getLanguage())) ? english
				: rs.getString("label");
		return new SeriesSummary(rs.getLong("id"), rs.getString("code"), label, rs.getString("unit"),
				rs.getString("source"), rs.getString("attribution"), rs.getString("format"), names,
				rs.getBoolean("shared"), rs.getLong("observations"));
	}

	/**
	 * A series.
	 *
	 * @param id its id
	 * @param code its code within its source
	 * @param label its title (an operational series' in English where the reader reads
	 * English)
	 * @param unit unit of every value, or null when a dimension (Units) carries it
	 * @param source who published it
	 * @param attribution the line that travels with every figure
	 * @param format the file format it came in, or {@code OPERATIONAL} for counts a
	 * module publishes
	 * @param dimensionNames its dimensions
	 * @param shared shared reference data (true) or the tenant's own
	 * @param observations its number of cells
	 */
	public record SeriesSummary(long id, String code, String label, String unit, String source, String attribution,
			String format, List<String> dimensionNames, boolean shared, long observations) {

	}

	/** A dimension and the values it takes. */
	public record Dimension(String name, List<String> values) {

	}

	/** A region of the coverage. */
	public record RegionRef(String key, String name) {

	}

	/** One region × period of the coverage. */
	public record CoverageCell(String region, String period, long cells, long withValue) {

	}

	/** The coverage: regions, periods and the cells that exist. */
	public record Coverage(List<RegionRef> regions, List<String> periods, List<CoverageCell> cells) {

		/** The cell of a region and period, or null for a gap. */
		public CoverageCell at(String region, String period) {
			for (CoverageCell cell : this.cells) {
				if (cell.region().equals(region) && cell.period().equals(period)) {
					return cell;
				}
			}
			return null;
		}

	}

	/**
	 * One observation: a missing or secret value is null with its symbol, never 0.
	 *
	 * @param region the region key
	 * @param period the period
	 * @param periodKind YEAR, MONTH, DATE or SCHOOL_YEAR
	 * @param dimensions dimension values
	 * @param value the number or null
	 * @param symbol the value symbol's name (e.g. SECRET) or null
	 * @param sign the symbol as printed (e.g. {@code .}) or null
	 * @param quality quality letter or null
	 * @param note the source's comment
	 */
	public record ObservationView(String region, String period, String periodKind, Map<String, String> dimensions,
			BigDecimal value, String symbol, String sign, String quality, String note) {

	}

}
