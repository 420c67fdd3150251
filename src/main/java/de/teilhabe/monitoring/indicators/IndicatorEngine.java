package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
 * {@code indicator_region});</li>
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
	 * Set while a caller runs statements with nested loops off (see withoutNestedLoops):
	 * the series resolved so far by scope and code (they do not change while indicators
	 * are recomputed in one transaction).
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
		Query query = compute(computation, scope);
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
						  WHERE v.ctid = ANY (ARRAY(SELECT row_id FROM diff WHERE region_key IS NULL))
						  RETURNING 1),
						written AS (
						  INSERT INTO indicator_value AS v (tenant_id, indicator_id, region_key, period, variant_key, value,
						      numerator, denominator, symbol, reason)
						  SELECT CAST(:scope AS uuid), :indicator, region_key, period, variant_key, value, numerator,
						      denominator, symbol, reason
						  FROM diff WHERE region_key IS NOT NULL
						  ON CONFLICT ON CONSTRAINT indicator_value_key DO UPDATE SET value = EXCLUDED.value,
						      numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, symbol = EXCLUDED.symbol,
						      reason = EXCLUDED.reason
						  RETURNING 1)
						SELECT (SELECT count(*) FROM deleted) + (SELECT count(*) FROM written)
						"""
					.formatted(scopeMatch);
		long start = System.nanoTime();
		int rows = withoutNestedLoops(() -> this.jdbc.sql(sql).params(query.params()).query(Integer.class).single());
		log.debug("Indicator {} in scope {}: {} rows written or deleted in {} ms", indicatorId, scope, rows,
				(System.nanoTime() - start) / 1_000_000);
		return rows;
	}

	/**
	 * Runs computing statements with nested-loop joins disabled (transaction-local, the
	 * previous setting restored after; a caller that recomputes many indicators wraps
	 * them all). The row counts of the expressions in between are estimated badly (sums
	 * grouped by computed variants), and a nested loop over a misjudged set of some ten
	 * thousand rows costs minutes where a hash join costs milliseconds.
	 */
	<T> T withoutNestedLoops(Supplier<T> statements) {
		if (BULK.get() != null) {
			return statements.get();
		}
		// the select list is evaluated left to right: the setting before, then set
		String previous = this.jdbc
			.sql("SELECT current_setting('enable_nestloop'), set_config('enable_nestloop', 'off', true)")
			.query((rs, row) -> rs.getString(1))
			.single();
		BULK.set(new HashMap<>());
		try {
			return statements.get();
		}
		finally {
			BULK.remove();
			this.jdbc.sql("SELECT set_config('enable_nestloop', ?, true)").param(previous).query(String.class).single();
		}
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
		Query query = compute(computation, scope);
		query.params().put("region", regionKey);
		return withoutNestedLoops(() -> this.jdbc
			.sql(query.sql() + " SELECT region_key, period, variant_key, value, numerator, denominator, symbol, reason "
					+ "FROM result WHERE region_key = :region ORDER BY period, variant_key")
			.params(query.params())
			.query(ComputedValue.class)
			.list());
	}

	/**
	 * Computes without storing: how many values the computation gives in a scope (all
	 * regions, periods and variants). For measuring the computation alone.
	 */
	long count(IndicatorComputation computation, UUID scope) {
		Query query = compute(computation, scope);
		return withoutNestedLoops(() -> this.jdbc.sql(query.sql() + " SELECT count(*) FROM result")
			.params(query.params())
			.query(Long.class)
			.single());
	}

	/** A computed row, the variant as canonical jsonb text. */
	record ComputedValue(String regionKey, String period, String variantKey, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String symbol, String reason) {

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
	 * variant_key, value, numerator, denominator, symbol, reason) holds the values.
	 */
	private Query compute(IndicatorComputation computation, UUID scope) {
		Map<String, Object> params = new HashMap<>();
		Map<String, SeriesRef> series = resolveSeries(seriesCodes(computation), scope);
		List<Component> components = components(computation);
		StringBuilder sql = new StringBuilder("WITH ");
		StringBuilder cells = new StringBuilder("c0 AS (SELECT 0 AS component, CAST(NULL AS text) AS region_key, "
				+ "CAST(NULL AS text) AS period, CAST(NULL AS text) AS variant, CAST(NULL AS numeric) AS value, "
				+ "CAST(NULL AS text) AS symbol WHERE false");
		for (int i = 0; i < components.size(); i++) {
			Component component = components.get(i);
			SeriesRef ref = (component == null) ? null : series.get(component.series());
			if (ref != null) {
				sql.append(componentCells(i + 1, component, ref, params)).append(",\n");
				cells.append("\n  UNION ALL SELECT ").append(i + 1).append(", * FROM o").append(i + 1);
			}
		}
		sql.append(cells).append("),\n");
		// higher regions from their parts, level by level, each level only from the cells
		// of the level below (copying every cell once per level cost more than the sums)
		// Gemeinden: only those whose Kreis (the first five digits of the key) has no
		// cell of its own are summed (published data mostly has the Kreis value)
		sql.append("r1 AS (")
			.append(rollUp("SELECT c.* FROM c0 c WHERE length(c.region_key) = 8 AND NOT EXISTS (SELECT 1 FROM c0 p "
					+ "WHERE length(p.region_key) = 5 AND p.component = c.component "
					+ "AND p.region_key = left(c.region_key, 5) AND p.period = c.period AND p.variant = c.variant)", 8,
					"SELECT * FROM c0 WHERE length(region_key) = 5"))
			.append("),\nr2 AS (")
			.append(rollUp("SELECT * FROM c0 WHERE length(region_key) = 5 UNION ALL SELECT * FROM r1", 5,
					"SELECT * FROM c0 WHERE length(region_key) <= 3"))
			.append("),\nr3 AS (")
			.append(rollUp(
					"SELECT * FROM c0 WHERE length(region_key) = 3 "
							+ "UNION ALL SELECT * FROM r2 WHERE length(region_key) = 3",
					3,
					"SELECT * FROM c0 WHERE length(region_key) = 2 "
							+ "UNION ALL SELECT * FROM r2 WHERE length(region_key) = 2"))
			.append("),\ncells AS NOT MATERIALIZED (SELECT * FROM c0 UNION ALL SELECT * FROM r1 ")
			.append("UNION ALL SELECT * FROM r2 UNION ALL SELECT * FROM r3),\n");
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
		// says MISSING
		sql.append("result AS (SELECT region_key, period, variant AS variant_key, ")
			.append("round(value, 10) AS value, numerator, denominator, ")
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
				.sql("SELECT DISTINCT ON (code) code, id, tenant_id FROM statistics_series WHERE code = ANY(:codes) "
						+ "AND " + tenantMatch + " ORDER BY code, tenant_id NULLS LAST")
				.param("codes", unknown.toArray(String[]::new))
				.param("scope", scope)
				.query((rs, row) -> new SeriesRef(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class)))
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

	private record SeriesRef(String code, long id, UUID tenantId) {

	}

	/**
	 * {@code k<i>}: the variant of each distinct dimension key of the series that matches
	 * the filter (the JSON is parsed here only); {@code o<i>}: the component's cells.
	 */
	private static String componentCells(int index, Component component, SeriesRef series, Map<String, Object> params) {
		String p = "c" + index + "_";
		params.put(p + "series", series.id());
		String tenantMatch;
		if (series.tenantId() == null) {
			tenantMatch = "tenant_id IS NULL";
		}
		else {
			tenantMatch = "tenant_id = :" + p + "tenant";
			params.put(p + "tenant", series.tenantId());
		}
		String observations = "FROM statistics_observation o JOIN k" + index
				+ " k ON k.dimension_key = o.dimension_key WHERE o." + tenantMatch + " AND o.series_id = :" + p
				+ "series";
		int shift = -component.periodOffset();
		String period = (shift == 0) ? "o.period" : "indicator_period_shift(o.period, " + shift + ")";
		if (shift != 0) {
			observations += " AND " + period + " IS NOT NULL";
		}
		StringBuilder keys = new StringBuilder("k").append(index)
			.append(" AS MATERIALIZED (SELECT d.dimension_key, ")
			.append(variantOf("x.j", component.by(), p + "by", params))
			.append(" AS variant FROM (SELECT DISTINCT o.dimension_key FROM statistics_observation o WHERE o.")
			.append(tenantMatch)
			.append(" AND o.series_id = :")
			.append(p)
			.append("series) d CROSS JOIN LATERAL (SELECT CAST(d.dimension_key AS jsonb) AS j) x");
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
	 * The cells {@code children} summed into their parents that have no cell of their own
	 * (among the cells {@code parents}), if every part is there. The parts of a parent
	 * that has a cell are left out before summing: most published data has its own value
	 * for the higher regions too.
	 */
	private static String rollUp(String children, int childKeyLength, String parents) {
		return """
				SELECT c.component, r.parent_key AS region_key, c.period, c.variant,
				    CASE WHEN bool_and(c.value IS NOT NULL) THEN sum(c.value) END AS value,
				    min(c.symbol) FILTER (WHERE c.value IS NULL) AS symbol
				  FROM (%s) c
				  JOIN (SELECT key, parent_key, siblings FROM indicator_region WHERE length(key) = %d) r
				    ON r.key = c.region_key
				  WHERE NOT EXISTS (SELECT 1 FROM (%s) p WHERE p.component = c.component
				      AND p.region_key = r.parent_key AND p.period = c.period AND p.variant = c.variant)
				  GROUP BY c.component, r.parent_key, c.period, c.variant
				  HAVING count(*) = min(r.siblings)""".formatted(children, childKeyLength, parents);
	}

	private static String term(int term, Term definition, Map<String, Object> params) {
		int numerator = (term - 1) * 2 + 1;
		String scale = "t" + term + "_scale";
		params.put(scale, (definition.scale() == null) ? BigDecimal.ONE : definition.scale());
		if (definition.denominator() == null) {
			return "SELECT region_key, period, variant, value * CAST(:" + scale + " AS numeric) AS value, "
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
