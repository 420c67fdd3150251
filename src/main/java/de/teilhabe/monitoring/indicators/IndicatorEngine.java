package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes indicator values in SQL, set-based, one statement per indicator and scope (a
 * chain of common table expressions):
 * <ol>
 * <li>each component's cells: the observations of its series whose dimensions contain its
 * filter, summed per region, period (moved by the component's offset) and variant (its
 * {@code by} dimensions); a sum with a missing or secret cell is null with that cell's
 * symbol. The dimensions are parsed once per distinct dimension key of the series (a few
 * dozen), not once per observation: the observations are joined to them by the text
 * key;</li>
 * <li>higher regions from summed counts: a Kreis without a cell of its own gets the sum
 * of its Gemeinden, a Regierungsbezirk of its Kreise, a Land of its Regierungsbezirke (or
 * Kreise), but only when every part has a cell (the hierarchy in
 * {@code indicator_region}). Only the cells of regions whose parent lacks some (period,
 * dimensions) pair of the series are read for it: the shape of each series (cells per
 * region, pairs) is taken in one pass over its index, and where every parent has every
 * pair (most published data) there is nothing to sum: the statement is first run without
 * the roll-up steps and says whether it needs them, and only then run with them;</li>
 * <li>each term: a direct value, or numerator ÷ denominator × scale;</li>
 * <li>the result by kind: the term (DIRECT, RATIO), the difference of two terms (GAP), or
 * the change against an earlier period (CHANGE);</li>
 * <li>storing (same statement): stored rows that are no longer computed are deleted, and
 * only rows that are new or differ are written.</li>
 * </ol>
 * A value that cannot be computed is null with a symbol and the component that is missing
 * or secret as reason ({@code numerator}, {@code first.denominator}, ...), never 0.
 */
@org.springframework.stereotype.Component
class IndicatorEngine {

	/** Absent numbers of a definition (periodsBack, periodOffset) mean 0. */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/**
	 * Set while a caller runs statements with hash plans (see withHashPlans): the series
	 * resolved so far by scope and code (they do not change while indicators are
	 * recomputed in one transaction).
	 */
	private static final ThreadLocal<Map<String, Optional<SeriesRef>>> BULK = new ThreadLocal<>();

	private static final Logger log = LoggerFactory.getLogger(IndicatorEngine.class);

	private final JdbcClient jdbc;

	IndicatorEngine(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Computes and stores the values of an indicator in a scope (null: shared statistics
	 * only; a tenant: its own series where it has them, else the shared ones); only rows
	 * that changed are written, in one statement.
	 * @return the number of stored rows inserted, changed or deleted
	 */
	int recompute(long indicatorId, IndicatorComputation computation, UUID scope) {
		long start = System.nanoTime();
		int rows = withHashPlans(() -> {
			int written = recompute(indicatorId, computation, scope, false);
			return (written >= 0) ? written : recompute(indicatorId, computation, scope, true);
		});
		log.debug("Indicator {} in scope {}: {} rows written or deleted in {} ms", indicatorId, scope, rows,
				(System.nanoTime() - start) / 1_000_000);
		return rows;
	}

	/**
	 * One statement that computes, compares and writes; without the roll-up it writes
	 * nothing and answers -1 where a roll-up could add cells.
	 */
	private int recompute(long indicatorId, IndicatorComputation computation, UUID scope, boolean withRollUp) {
		Query query = compute(computation, scope, withRollUp);
		String scopeMatch = (scope == null) ? "tenant_id IS NULL" : "tenant_id = :scope";
		query.params().put("scope", scope);
		query.params().put("indicator", indicatorId);
		// one pass over result and stored rows (a full join is always hashed or merged):
		// the rows to delete (stored, no longer computed) and to write (new or changed)
		String sql = query.sql()
				+ """
						, stored AS (
						  SELECT v.ctid AS row_id, v.region_key, v.period, v.variant_key, v.value, v.numerator, v.denominator,
						      v.symbol, v.reason
						  FROM indicator_value v WHERE v.%s AND v.indicator_id = :indicator),
						diff AS MATERIALIZED (
						  SELECT s.row_id, r.* FROM result r
						  FULL JOIN stored s ON s.region_key = r.region_key AND s.period = r.period AND s.variant_key = r.variant_key
						  WHERE r.region_key IS NULL OR s.row_id IS NULL
						     OR (s.value, s.numerator, s.denominator, s.symbol, s.reason)
						        IS DISTINCT FROM (r.value, r.numerator, r.denominator, r.symbol, r.reason)),
						deleted AS (
						  DELETE FROM indicator_value v
						  WHERE NOT (SELECT needed FROM roll_up)
						    AND v.ctid = ANY (ARRAY(SELECT row_id FROM diff WHERE region_key IS NULL))
						  RETURNING 1),
						written AS (
						  INSERT INTO indicator_value AS v (tenant_id, indicator_id, region_key, period, variant_key, value,
						      numerator, denominator, symbol, reason)
						  SELECT CAST(:scope AS uuid), :indicator, region_key, period, variant_key, value, numerator,
						      denominator, symbol, reason
						  FROM diff WHERE region_key IS NOT NULL AND NOT (SELECT needed FROM roll_up)
						  ON CONFLICT ON CONSTRAINT indicator_value_key DO UPDATE SET value = EXCLUDED.value,
						      numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, symbol = EXCLUDED.symbol,
						      reason = EXCLUDED.reason
						  RETURNING 1)
						SELECT CASE WHEN (SELECT needed FROM roll_up) THEN -1
						    ELSE (SELECT count(*) FROM deleted) + (SELECT count(*) FROM written) END
						"""
					.formatted(scopeMatch);
		return this.jdbc.sql(sql).params(query.params()).query(Integer.class).single();
	}

	/**
	 * The planner settings of the computing statements. The row counts of the expressions
	 * in between are estimated badly (sums grouped by computed variants): a nested loop
	 * over a misjudged set of some ten thousand rows costs minutes where a hash join
	 * costs milliseconds, and grouping by sorting (text keys compared by collation) costs
	 * several times what hashing does. The observations of a series are read through the
	 * index (the cost of a random page as on SSD or in memory, not as on a spinning disk)
	 * rather than by scanning the whole table.
	 */
	private static final Map<String, String> HASH_PLANS = Map.of("enable_nestloop", "off", "enable_sort", "off",
			"random_page_cost", "1.1");

	/**
	 * Runs computing statements with the {@link #HASH_PLANS} settings (transaction-local,
	 * the previous settings restored after; a caller that recomputes many indicators
	 * wraps them all).
	 */
	<T> T withHashPlans(Supplier<T> statements) {
		if (BULK.get() != null) {
			return statements.get();
		}
		Map<String, String> previous = settings(HASH_PLANS);
		BULK.set(new HashMap<>());
		try {
			return statements.get();
		}
		finally {
			BULK.remove();
			settings(previous);
		}
	}

	/** Sets the settings for the transaction; returns what they were. */
	private Map<String, String> settings(Map<String, String> settings) {
		List<String> names = List.copyOf(settings.keySet());
		StringBuilder sql = new StringBuilder("SELECT ");
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			// the select list is evaluated left to right: the setting before, then set
			sql.append((i > 0) ? ", " : "")
				.append("current_setting(:n")
				.append(i)
				.append("), set_config(:n")
				.append(i)
				.append(", :v")
				.append(i)
				.append(", true)");
			params.put("n" + i, names.get(i));
			params.put("v" + i, settings.get(names.get(i)));
		}
		return this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Map<String, String> before = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				before.put(names.get(i), rs.getString(2 * i + 1));
			}
			return before;
		}).single();
	}

	/**
	 * Refreshes the planner's statistics of the tables a computation reads where they are
	 * missing or, for the observations and the hierarchy, where more than a tenth of the
	 * rows changed since (autovacuum's rule, without waiting for its next round): right
	 * after an import the planner would otherwise guess the row counts of every series,
	 * and the statements of a recomputation take about a third longer. Run it in a
	 * transaction of its own before the computing statements (statistics become visible
	 * to other connections at commit).
	 * @return the tables analysed
	 */
	List<String> refreshStatisticsOfInputs() {
		List<String> stale = this.jdbc.sql("""
				SELECT c.relname FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
				WHERE c.relname IN ('statistics_observation', 'indicator_region', 'indicator_value')
				  AND c.relnamespace = current_schema()::regnamespace
				  AND (c.reltuples < 0 OR (c.relname <> 'indicator_value'
				      AND s.n_mod_since_analyze > 50 + 0.1 * c.reltuples))""").query(String.class).list();
		stale.forEach((table) -> this.jdbc.sql("ANALYZE " + table).update());
		return stale;
	}

	/**
	 * Refreshes the planner's statistics of the stored values after a recomputation that
	 * wrote more than a tenth of them (the next one compares with them).
	 * @return whether they were refreshed
	 */
	boolean refreshStatisticsOfValues(long rowsWritten) {
		double rows = this.jdbc
			.sql("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'indicator_value'::regclass")
			.query(Double.class)
			.single();
		if (rowsWritten <= 50 + 0.1 * rows) {
			return false;
		}
		this.jdbc.sql("ANALYZE indicator_value").update();
		return true;
	}

	/** Whether any values of the indicator are stored (any scope). */
	boolean hasValues(long indicatorId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM indicator_value WHERE tenant_id IS NULL AND indicator_id = ?)")
			.param(indicatorId)
			.query(Boolean.class)
			.single();
	}

	/** Deletes the stored values of an indicator in a scope. */
	int forget(long indicatorId, UUID scope) {
		String scopeMatch = (scope == null) ? "tenant_id IS NULL" : "tenant_id = :scope";
		return this.jdbc.sql("DELETE FROM indicator_value WHERE " + scopeMatch + " AND indicator_id = :id")
			.param("scope", scope)
			.param("id", indicatorId)
			.update();
	}

	/**
	 * Computes without storing: the values of one region (all variants), oldest first.
	 */
	List<ComputedValue> preview(IndicatorComputation computation, UUID scope, String regionKey) {
		Query query = compute(computation, scope, true);
		query.params().put("region", regionKey);
		return withHashPlans(() -> this.jdbc
			.sql(query.sql() + " SELECT region_key, period, variant_key, value, numerator, denominator, symbol, reason "
					+ "FROM result WHERE region_key = :region ORDER BY period, variant_key")
			.params(query.params())
			.query(ComputedValue.ROWS)
			.list());
	}

	/**
	 * Computes without storing: how many values the computation gives in a scope (all
	 * regions, periods and variants). For measuring the computation alone.
	 */
	long count(IndicatorComputation computation, UUID scope) {
		return withHashPlans(() -> {
			long values = count(computation, scope, false);
			return (values >= 0) ? values : count(computation, scope, true);
		});
	}

	private long count(IndicatorComputation computation, UUID scope, boolean withRollUp) {
		Query query = compute(computation, scope, withRollUp);
		return this.jdbc
			.sql(query.sql() + " SELECT CASE WHEN (SELECT needed FROM roll_up) THEN -1 ELSE count(*) END FROM result")
			.params(query.params())
			.query(Long.class)
			.single();
	}

	/** A computed row, the variant as canonical jsonb text. */
	record ComputedValue(String regionKey, String period, String variantKey, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String symbol, String reason) {

		/**
		 * Reads the columns region_key, period, variant_key, value, numerator,
		 * denominator, symbol, reason by position (mapping by property name tries each
		 * camel-case name first and pays for a failed column lookup every row).
		 */
		static final RowMapper<ComputedValue> ROWS = (rs, row) -> new ComputedValue(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
				rs.getString(8));

	}

	/** The series codes a computation reads. */
	static Set<String> seriesCodes(IndicatorComputation computation) {
		Set<String> codes = new LinkedHashSet<>();
		for (Component component : components(computation)) {
			if (component != null && component.series() != null) {
				codes.add(component.series());
			}
		}
		return codes;
	}

	/**
	 * Components 1..4: first numerator, first denominator, second numerator, second
	 * denominator.
	 */
	private static List<Component> components(IndicatorComputation computation) {
		List<Component> components = new ArrayList<>();
		for (Term term : new Term[] { computation.first(), computation.second() }) {
			components.add((term == null) ? null : term.numerator());
			components.add((term == null) ? null : term.denominator());
		}
		return components;
	}

	/** The text of a {@code WITH} clause and its parameters. */
	private record Query(String sql, Map<String, Object> params) {

	}

	/**
	 * The {@code WITH} clause whose last expression {@code result} (region_key, period,
	 * variant_key, value, numerator, denominator, symbol, reason) holds the values, and
	 * whose {@code roll_up} says whether they may lack cells a roll-up would add.
	 * @param withRollUp false for a statement without the roll-up (about half the
	 * planning of the statement and a millisecond of its running): right when no region's
	 * parent lacks a pair of the series ({@code roll_up.needed} false, most published
	 * data); else the caller repeats it with the roll-up
	 */
	private Query compute(IndicatorComputation computation, UUID scope, boolean withRollUp) {
		Map<String, Object> params = new HashMap<>();
		Map<String, SeriesRef> series = resolveSeries(seriesCodes(computation), scope);
		List<Component> components = components(computation);
		StringBuilder sql = new StringBuilder("WITH ");
		StringBuilder cells = new StringBuilder("c0 AS (SELECT 0 AS component, CAST(NULL AS text) AS region_key, "
				+ "CAST(NULL AS text) AS period, CAST(NULL AS text) AS variant, CAST(NULL AS numeric) AS value, "
				+ "CAST(NULL AS text) AS symbol WHERE false");
		StringBuilder hierarchy = new StringBuilder("hx AS (SELECT 0 AS component, CAST(NULL AS text) AS key, "
				+ "CAST(NULL AS text) AS parent_key, 0 AS siblings WHERE false");
		Map<SeriesRef, Integer> shapes = new LinkedHashMap<>();
		for (int i = 0; i < components.size(); i++) {
			Component component = components.get(i);
			SeriesRef ref = (component == null) ? null : series.get(component.series());
			if (ref != null) {
				Integer shape = shapes.get(ref);
				if (shape == null) {
					shape = shapes.size() + 1;
					shapes.put(ref, shape);
					sql.append(seriesShape(shape, ref, params)).append(",\n");
				}
				sql.append(componentCells(i + 1, component, shape, ref, params)).append(",\n");
				cells.append("\n  UNION ALL SELECT ").append(i + 1).append(", * FROM o").append(i + 1);
				hierarchy.append("\n  UNION ALL SELECT ").append(i + 1).append(", * FROM x").append(shape);
			}
		}
		sql.append(cells).append("),\n").append(hierarchy).append("),\n");
		// higher regions from their parts (rollUps), or, first, a statement without them
		// that says whether they could add a cell
		if (!withRollUp) {
			sql.append("roll_up AS (SELECT EXISTS (SELECT 1 FROM hx) AS needed),\n")
				.append("cells AS NOT MATERIALIZED (SELECT * FROM c0),\n");
		}
		else {
			sql.append("roll_up AS (SELECT false AS needed),\n").append(rollUps());
		}
		sql.append("t1 AS (").append(term(1, computation.first(), params)).append("),\n");
		if (computation.kind() == ComputationKind.GAP) {
			sql.append("t2 AS (").append(term(2, computation.second(), params)).append("),\n");
		}
		String result = switch (computation.kind()) {
			case DIRECT, RATIO -> "SELECT * FROM t1";
			case GAP -> """
					SELECT coalesce(a.region_key, b.region_key) AS region_key, coalesce(a.period, b.period) AS period,
					    coalesce(a.variant, b.variant) AS variant, a.value - b.value AS value, a.value AS numerator,
					    b.value AS denominator,
					    CASE WHEN a.region_key IS NULL OR b.region_key IS NULL THEN 'MISSING'
					         WHEN a.value IS NULL THEN a.symbol WHEN b.value IS NULL THEN b.symbol END AS symbol,
					    CASE WHEN a.region_key IS NULL THEN 'first'
					         WHEN a.value IS NULL THEN 'first.' || a.reason
					         WHEN b.region_key IS NULL THEN 'second'
					         WHEN b.value IS NULL THEN 'second.' || b.reason END AS reason
					FROM t1 a FULL JOIN t2 b
					  ON b.region_key = a.region_key AND b.period = a.period AND b.variant = a.variant
					""";
			case CHANGE -> {
				String difference = (computation.change() == IndicatorComputation.ChangeMode.PERCENT)
						? "CASE WHEN e.value <> 0 THEN (c.value - e.value) / e.value * 100 END" : "c.value - e.value";
				yield "SELECT c.region_key, c.period, c.variant, " + difference + " AS value, c.value AS numerator, "
						+ "e.value AS denominator, "
						+ "CASE WHEN c.value IS NULL THEN c.symbol WHEN e.region_key IS NULL THEN 'MISSING' "
						+ "WHEN e.value IS NULL THEN e.symbol WHEN e.value = 0 THEN 'ZERO_DENOMINATOR' END AS symbol, "
						+ "CASE WHEN c.value IS NULL THEN 'current.' || c.reason WHEN e.region_key IS NULL "
						+ "THEN 'earlier' WHEN e.value IS NULL THEN 'earlier.' || e.reason "
						+ "WHEN e.value = 0 THEN 'earlier' END AS reason "
						+ "FROM t1 c LEFT JOIN t1 e ON e.region_key = c.region_key AND e.variant = c.variant "
						+ "AND e.period = indicator_period_shift(c.period, " + (-computation.periodsBack()) + ")";
			}
		};
		// a value null without a symbol (e.g. a sum over a cell the source left empty)
		// says MISSING; a quotient is rounded to 10 places (sums and products are exact)
		sql.append("result AS (SELECT region_key, period, variant AS variant_key, ")
			.append(divides(computation) ? "round(value, 10) AS value" : "value")
			.append(", numerator, denominator, ")
			.append("CASE WHEN value IS NULL THEN coalesce(symbol, 'MISSING') END AS symbol, ")
			.append("CASE WHEN value IS NULL THEN coalesce(rtrim(reason, '.'), 'value') END AS reason ")
			.append("FROM (")
			.append(result)
			.append(") r WHERE period IS NOT NULL)\n");
		return new Query(sql.toString(), params);
	}

	/**
	 * Series by code as the scope sees them: the tenant's own first, else the shared one.
	 */
	private Map<String, SeriesRef> resolveSeries(Set<String> codes, UUID scope) {
		Map<String, Optional<SeriesRef>> cache = (BULK.get() != null) ? BULK.get() : new HashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String code : codes) {
			if (!cache.containsKey(scope + "|" + code)) {
				unknown.add(code);
			}
		}
		if (!unknown.isEmpty()) {
			String tenantMatch = (scope == null) ? "tenant_id IS NULL" : "(tenant_id IS NULL OR tenant_id = :scope)";
			Map<String, SeriesRef> found = new HashMap<>();
			this.jdbc
				.sql("SELECT DISTINCT ON (code) code, id, tenant_id, format = 'OPERATIONAL' FROM statistics_series "
						+ "WHERE code = ANY(:codes) AND " + tenantMatch + " ORDER BY code, tenant_id NULLS LAST")
				.param("codes", unknown.toArray(String[]::new))
				.param("scope", scope)
				.query((rs, row) -> new SeriesRef(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class),
						rs.getBoolean(4)))
				.list()
				.forEach((ref) -> found.put(ref.code(), ref));
			unknown.forEach((code) -> cache.put(scope + "|" + code, Optional.ofNullable(found.get(code))));
		}
		Map<String, SeriesRef> series = new HashMap<>();
		for (String code : codes) {
			cache.get(scope + "|" + code).ifPresent((ref) -> series.put(code, ref));
		}
		return series;
	}

	/**
	 * A series as a computation reads it.
	 *
	 * @param operational published by a module at every region level itself
	 * (OperationalStatistics): never summed into higher regions
	 */
	private record SeriesRef(String code, long id, UUID tenantId, boolean operational) {

	}

	/**
	 * The shape of a series, read once per statement for all components on it (one pass
	 * over the index): {@code g<n>}, the number of cells per region and the (period,
	 * dimensions) pairs the series has; {@code x<n>}, the regions whose parent does not
	 * have every one of those pairs, with the parent and its number of parts: only their
	 * cells can sum to a cell the parent lacks (a parent with every pair has a cell of
	 * its own wherever a part has one). An operational series has no such regions: it is
	 * not rolled up (its module publishes every level, and a sum of secret cells would
	 * hide nothing a sum could not give away).
	 */
	private static String seriesShape(int index, SeriesRef series, Map<String, Object> params) {
		String p = "s" + index + "_";
		params.put(p + "series", series.id());
		params.put(p + "tenant", series.tenantId());
		String shape = """
				g%1$d AS MATERIALIZED (SELECT o.region_key, o.period, o.dimension_key, count(*) AS cells
				  FROM statistics_observation o WHERE o.%2$s AND o.series_id = :%3$sseries
				  GROUP BY GROUPING SETS ((o.region_key), (o.period, o.dimension_key))),
				""".formatted(index, tenantMatch(series, p), p);
		if (series.operational()) {
			return shape
					+ "x%1$d AS (SELECT CAST(NULL AS text) AS key, CAST(NULL AS text) AS parent_key, ".formatted(index)
					+ "0 AS siblings WHERE false)";
		}
		return shape + """
				x%1$d AS MATERIALIZED (SELECT h.* FROM (SELECT c.region_key AS key,
				      (SELECT r.parent_key FROM indicator_region r WHERE r.key = c.region_key) AS parent_key,
				      (SELECT r.siblings FROM indicator_region r WHERE r.key = c.region_key) AS siblings
				    FROM g%1$d c WHERE c.region_key IS NOT NULL OFFSET 0) h
				  WHERE h.parent_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM g%1$d f WHERE f.region_key = h.parent_key
				      AND f.cells = (SELECT count(*) FROM g%1$d WHERE period IS NOT NULL)))""".formatted(index);
	}

	private static String tenantMatch(SeriesRef series, String prefix) {
		return (series.tenantId() == null) ? "tenant_id IS NULL" : "tenant_id = :" + prefix + "tenant";
	}

	/**
	 * {@code k<i>}: the variant of each distinct dimension key of the series that matches
	 * the filter (the JSON is parsed here only: {@code OFFSET 0} keeps the planner from
	 * moving the filter to where it would parse every key again); {@code o<i>}: the
	 * component's cells.
	 */
	private static String componentCells(int index, Component component, int shape, SeriesRef series,
			Map<String, Object> params) {
		String p = "c" + index + "_";
		String s = "s" + shape + "_";
		String observations = "FROM statistics_observation o JOIN k" + index
				+ " k ON k.dimension_key = o.dimension_key WHERE o." + tenantMatch(series, s) + " AND o.series_id = :"
				+ s + "series";
		int shift = -component.periodOffset();
		String period = (shift == 0) ? "o.period" : "indicator_period_shift(o.period, " + shift + ")";
		if (shift != 0) {
			observations += " AND " + period + " IS NOT NULL";
		}
		StringBuilder keys = new StringBuilder("k").append(index)
			.append(" AS MATERIALIZED (SELECT d.dimension_key, ")
			.append(variantOf("x.j", component.by(), p + "by", params))
			.append(" AS variant FROM (SELECT DISTINCT dimension_key FROM g")
			.append(shape)
			.append(" WHERE dimension_key IS NOT NULL OFFSET 0) d CROSS JOIN LATERAL (SELECT CAST(d.dimension_key AS jsonb) AS j) x");
		if (!component.filter().isEmpty()) {
			keys.append(" WHERE x.j @> CAST(:").append(p).append("filter AS jsonb)");
			params.put(p + "filter", JSON.writeValueAsString(component.filter()));
		}
		// one dimension key per variant (the usual case: the filter and the variant pin
		// every dimension): each observation is a cell of its own, nothing to sum; the
		// test is evaluated once, and only one of the two branches runs
		String single = "(SELECT count(DISTINCT variant) = count(*) FROM k" + index + ")";
		return keys + "),\no" + index + " AS (SELECT o.region_key, " + period + " AS period, k.variant, o.value, "
				+ "CASE WHEN o.value IS NULL THEN o.symbol END AS symbol " + observations + " AND " + single
				+ "\n  UNION ALL SELECT o.region_key, " + period + " AS period, k.variant, "
				+ "CASE WHEN bool_and(o.value IS NOT NULL) THEN sum(o.value) END AS value, "
				+ "min(o.symbol) FILTER (WHERE o.value IS NULL) AS symbol " + observations + " AND NOT " + single
				+ " GROUP BY 1, 2, 3)";
	}

	/**
	 * The canonical jsonb text of the given dimensions, read from the jsonb
	 * {@code source}.
	 */
	private static String variantOf(String source, List<String> by, String prefix, Map<String, Object> params) {
		if (by.isEmpty()) {
			return "'{}'";
		}
		StringBuilder b = new StringBuilder("CAST(jsonb_build_object(");
		for (int i = 0; i < by.size(); i++) {
			String name = prefix + i;
			params.put(name, by.get(i));
			if (i > 0) {
				b.append(", ");
			}
			b.append("CAST(:").append(name).append(" AS text), ").append(source).append(" ->> CAST(:");
			b.append(name).append(" AS text)");
		}
		return b.append(") AS text)").toString();
	}

	/**
	 * The roll-up steps and {@code cells}: r1 sums the cells whose parent lacks pairs of
	 * the series (hx), all levels at once; where every parent has them all it reads no
	 * cell. r2 and r3 only where a part was itself summed the step before (a Kreis from
	 * its Gemeinden, then its Regierungsbezirk).
	 */
	private static String rollUps() {
		return "r1 AS MATERIALIZED ("
				+ rollUp("SELECT * FROM c0", "hx r ON r.component = c.component AND r.key = c.region_key", null)
				+ "),\nr2 AS MATERIALIZED ("
				+ rollUp("SELECT * FROM c0 UNION ALL SELECT * FROM r1", FULL_HIERARCHY, "r1") + "),\nr3 AS ("
				+ rollUp("SELECT * FROM c0 UNION ALL SELECT * FROM r1 UNION ALL SELECT * FROM r2", FULL_HIERARCHY, "r2")
				+ "),\ncells AS NOT MATERIALIZED (SELECT * FROM c0 UNION ALL SELECT * FROM r1 "
				+ "UNION ALL SELECT * FROM r2 UNION ALL SELECT * FROM r3),\n";
	}

	/** The whole hierarchy, for the rare steps after the first. */
	private static final String FULL_HIERARCHY = "indicator_region r ON r.key = c.region_key";

	/**
	 * The cells {@code children} summed into their parents (joined as {@code r} by
	 * {@code hierarchy}) where every part has a cell and the parent has none of its own;
	 * with {@code filled}, only the parents of those cells (the parents whose parts were
	 * completed by the step before).
	 */
	private static String rollUp(String children, String hierarchy, String filled) {
		String onlyParentsOf = (filled == null) ? "" : """
				  JOIN (SELECT DISTINCT f.component, h.parent_key, f.period, f.variant FROM %s f
				      JOIN indicator_region h ON h.key = f.region_key) f
				    ON f.component = c.component AND f.parent_key = r.parent_key AND f.period = c.period
				       AND f.variant = c.variant
				""".formatted(filled);
		return """
				SELECT g.* FROM (
				  SELECT c.component, r.parent_key AS region_key, c.period, c.variant,
				      CASE WHEN bool_and(c.value IS NOT NULL) THEN sum(c.value) END AS value,
				      min(c.symbol) FILTER (WHERE c.value IS NULL) AS symbol
				  FROM (%s) c JOIN %s
				%s  GROUP BY c.component, r.parent_key, c.period, c.variant
				  HAVING count(*) = min(r.siblings)) g
				WHERE NOT EXISTS (SELECT 1 FROM c0 p WHERE p.component = g.component AND p.region_key = g.region_key
				    AND p.period = g.period AND p.variant = g.variant)""".formatted(children, hierarchy, onlyParentsOf);
	}

	/** Whether the computation divides (a ratio, or a change in percent). */
	private static boolean divides(IndicatorComputation computation) {
		return (computation.first().denominator() != null)
				|| (computation.second() != null && computation.second().denominator() != null)
				|| (computation.kind() == ComputationKind.CHANGE
						&& computation.change() == IndicatorComputation.ChangeMode.PERCENT);
	}

	private static String term(int term, Term definition, Map<String, Object> params) {
		int numerator = (term - 1) * 2 + 1;
		String scale = "t" + term + "_scale";
		params.put(scale, (definition.scale() == null) ? BigDecimal.ONE : definition.scale());
		if (definition.denominator() == null) {
			String value = (definition.scale() == null || definition.scale().compareTo(BigDecimal.ONE) == 0) ? "value"
					: "value * CAST(:" + scale + " AS numeric)";
			return "SELECT region_key, period, variant, " + value + " AS value, "
					+ "value AS numerator, CAST(NULL AS numeric) AS denominator, symbol, "
					+ "CASE WHEN value IS NULL THEN 'value' END AS reason FROM cells WHERE component = " + numerator;
		}
		boolean sameVariants = Set.copyOf(definition.denominator().by())
			.equals(Set.copyOf(definition.numerator().by()));
		String projection = sameVariants ? "c.variant"
				: variantOf("CAST(c.variant AS jsonb)", definition.denominator().by(), "t" + term + "_by", params);
		return "SELECT coalesce(n.region_key, d.region_key) AS region_key, coalesce(n.period, d.period) AS period, "
				+ "coalesce(n.variant, d.variant) AS variant, "
				+ "CASE WHEN n.value IS NOT NULL AND d.value IS NOT NULL AND d.value <> 0 "
				+ "THEN n.value / d.value * CAST(:" + scale + " AS numeric) END AS value, n.value AS numerator, "
				+ "d.value AS denominator, "
				+ "CASE WHEN n.region_key IS NULL THEN 'MISSING' WHEN n.value IS NULL THEN n.symbol "
				+ "WHEN d.region_key IS NULL THEN 'MISSING' WHEN d.value IS NULL THEN d.symbol "
				+ "WHEN d.value = 0 THEN 'ZERO_DENOMINATOR' END AS symbol, "
				+ "CASE WHEN n.region_key IS NULL OR n.value IS NULL THEN 'numerator' "
				+ "WHEN d.region_key IS NULL OR d.value IS NULL OR d.value = 0 THEN 'denominator' END AS reason "
				+ "FROM (SELECT c.*, " + projection + " AS join_variant FROM cells c WHERE c.component = " + numerator
				+ ") n " + (sameVariants ? "FULL" : "LEFT") + " JOIN (SELECT * FROM cells WHERE component = "
				+ (numerator + 1) + ") d "
				+ "ON d.region_key = n.region_key AND d.period = n.period AND d.variant = n.join_variant";
	}

}
