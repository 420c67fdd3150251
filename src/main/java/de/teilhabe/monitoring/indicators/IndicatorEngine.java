package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes indicator values in SQL, set-based, inside the caller's transaction (temporary
 * tables that are dropped at commit):
 * <ol>
 * <li>each component's cells: the observations of its series whose dimensions contain its
 * filter, summed per region, period (moved by the component's offset) and variant (its
 * {@code by} dimensions); a sum with a missing or secret cell is null with that cell's
 * symbol;</li>
 * <li>higher regions from summed counts: a Kreis without a cell of its own gets the sum
 * of its Gemeinden, a Regierungsbezirk of its Kreise, a Land of its Regierungsbezirke (or
 * Kreise), but only when every part has a cell (the hierarchy in
 * {@code indicator_region});</li>
 * <li>each term: a direct value, or numerator ÷ denominator × scale;</li>
 * <li>the result by kind: the term (DIRECT, RATIO), the difference of two terms (GAP), or
 * the change against an earlier period (CHANGE).</li>
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

	private static final String SYMBOL_MISSING = "MISSING";

	private final JdbcClient jdbc;

	IndicatorEngine(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Computes and stores the values of an indicator in a scope (null: shared statistics
	 * only; a tenant: its own series where it has them, else the shared ones); only rows
	 * that changed are written.
	 * @return the number of stored rows inserted, changed or deleted
	 */
	int recompute(long indicatorId, IndicatorComputation computation, UUID scope) {
		compute(computation, scope);
		String scopeMatch = (scope == null) ? "v.tenant_id IS NULL" : "v.tenant_id = :scope";
		int deleted = this.jdbc
			.sql("DELETE FROM indicator_value v WHERE " + scopeMatch + " AND v.indicator_id = :id AND NOT EXISTS "
					+ "(SELECT 1 FROM indicator_result r WHERE r.region_key = v.region_key AND r.period = v.period "
					+ "AND r.variant_key = v.variant_key)")
			.param("scope", scope)
			.param("id", indicatorId)
			.update();
		int written = this.jdbc.sql("""
				INSERT INTO indicator_value AS v (tenant_id, indicator_id, region_key, period, variant_key, value,
				    numerator, denominator, symbol, reason)
				SELECT :scope, :id, region_key, period, variant_key, value, numerator, denominator, symbol, reason
				FROM indicator_result
				ON CONFLICT ON CONSTRAINT indicator_value_key DO UPDATE SET value = EXCLUDED.value,
				    numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, symbol = EXCLUDED.symbol,
				    reason = EXCLUDED.reason
				WHERE (v.value, v.numerator, v.denominator, v.symbol, v.reason) IS DISTINCT FROM
				    (EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.symbol, EXCLUDED.reason)
				""").param("scope", scope).param("id", indicatorId).update();
		return deleted + written;
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
		compute(computation, scope);
		return this.jdbc
			.sql("SELECT region_key, period, variant_key, value, numerator, denominator, symbol, reason "
					+ "FROM indicator_result WHERE region_key = ? ORDER BY period, variant_key")
			.param(regionKey)
			.query(ComputedValue.class)
			.list();
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

	/** Fills the temporary table {@code indicator_result}. */
	private void compute(IndicatorComputation computation, UUID scope) {
		prepareTables();
		Map<String, SeriesRef> series = resolveSeries(seriesCodes(computation), scope);
		List<Component> components = components(computation);
		for (int i = 0; i < components.size(); i++) {
			Component component = components.get(i);
			if (component != null) {
				insertCells(i + 1, component, series.get(component.series()));
			}
		}
		for (int childKeyLength : new int[] { 8, 5, 3 }) {
			rollUp(childKeyLength);
		}
		insertTerm(1, computation.first());
		if (computation.kind() == ComputationKind.GAP) {
			insertTerm(2, computation.second());
		}
		String result = switch (computation.kind()) {
			case DIRECT, RATIO -> "SELECT region_key, period, variant, value, numerator, denominator, symbol, reason "
					+ "FROM indicator_term WHERE term = 1";
			case GAP -> """
					SELECT coalesce(a.region_key, b.region_key), coalesce(a.period, b.period),
					    coalesce(a.variant, b.variant), a.value - b.value, a.value, b.value,
					    CASE WHEN a.region_key IS NULL OR b.region_key IS NULL THEN 'MISSING'
					         WHEN a.value IS NULL THEN a.symbol WHEN b.value IS NULL THEN b.symbol END,
					    CASE WHEN a.region_key IS NULL THEN 'first'
					         WHEN a.value IS NULL THEN 'first.' || a.reason
					         WHEN b.region_key IS NULL THEN 'second'
					         WHEN b.value IS NULL THEN 'second.' || b.reason END
					FROM (SELECT * FROM indicator_term WHERE term = 1) a
					FULL JOIN (SELECT * FROM indicator_term WHERE term = 2) b
					  ON b.region_key = a.region_key AND b.period = a.period AND b.variant = a.variant
					""";
			case CHANGE -> {
				String difference = (computation.change() == IndicatorComputation.ChangeMode.PERCENT)
						? "CASE WHEN e.value <> 0 THEN (c.value - e.value) / e.value * 100 END" : "c.value - e.value";
				yield "SELECT c.region_key, c.period, c.variant, " + difference + ", c.value, e.value, "
						+ "CASE WHEN c.value IS NULL THEN c.symbol WHEN e.region_key IS NULL THEN 'MISSING' "
						+ "WHEN e.value IS NULL THEN e.symbol WHEN e.value = 0 THEN 'ZERO_DENOMINATOR' END, "
						+ "CASE WHEN c.value IS NULL THEN 'current.' || c.reason WHEN e.region_key IS NULL "
						+ "THEN 'earlier' WHEN e.value IS NULL THEN 'earlier.' || e.reason "
						+ "WHEN e.value = 0 THEN 'earlier' END "
						+ "FROM indicator_term c LEFT JOIN indicator_term e ON e.term = 1 "
						+ "AND e.region_key = c.region_key AND e.variant = c.variant "
						+ "AND e.period = indicator_period_shift(c.period, " + (-computation.periodsBack()) + ") "
						+ "WHERE c.term = 1";
			}
		};
		this.jdbc
			.sql("INSERT INTO indicator_result (region_key, period, variant, value, numerator, denominator, "
					+ "symbol, reason) SELECT * FROM (" + result + ") r")
			.update();
		// a value null without a symbol (e.g. a sum over a cell the source left empty)
		// says MISSING
		this.jdbc
			.sql("UPDATE indicator_result SET value = round(value, 10), variant_key = variant::text, "
					+ "symbol = CASE WHEN value IS NULL THEN coalesce(symbol, 'MISSING') END, "
					+ "reason = CASE WHEN value IS NULL THEN coalesce(rtrim(reason, '.'), 'value') END")
			.update();
		this.jdbc.sql("DELETE FROM indicator_result WHERE period IS NULL").update();
	}

	private void prepareTables() {
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS indicator_cell (component INTEGER, region_key TEXT, period TEXT,
				    variant JSONB, value NUMERIC, symbol TEXT) ON COMMIT DROP""").update();
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS indicator_term (term INTEGER, region_key TEXT, period TEXT,
				    variant JSONB, value NUMERIC, numerator NUMERIC, denominator NUMERIC, symbol TEXT, reason TEXT)
				    ON COMMIT DROP""").update();
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS indicator_result (region_key TEXT, period TEXT, variant JSONB,
				    variant_key TEXT, value NUMERIC, numerator NUMERIC, denominator NUMERIC, symbol TEXT, reason TEXT)
				    ON COMMIT DROP""").update();
		this.jdbc.sql("TRUNCATE indicator_cell, indicator_term, indicator_result").update();
	}

	/**
	 * Series by code as the scope sees them: the tenant's own first, else the shared one.
	 */
	private Map<String, SeriesRef> resolveSeries(Set<String> codes, UUID scope) {
		Map<String, SeriesRef> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		String tenantMatch = (scope == null) ? "tenant_id IS NULL" : "(tenant_id IS NULL OR tenant_id = :scope)";
		this.jdbc
			.sql("SELECT DISTINCT ON (code) code, id, tenant_id FROM statistics_series WHERE code = ANY(:codes) AND "
					+ tenantMatch + " ORDER BY code, tenant_id NULLS LAST")
			.param("codes", codes.toArray(String[]::new))
			.param("scope", scope)
			.query((rs, row) -> new SeriesRef(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class)))
			.list()
			.forEach((ref) -> found.put(ref.code(), ref));
		return found;
	}

	private record SeriesRef(String code, long id, UUID tenantId) {

	}

	private void insertCells(int index, Component component, SeriesRef series) {
		if (series == null) {
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(index);
		params.add(-component.periodOffset());
		String variant = variantOf("CAST(o.dimension_key AS jsonb) ->> ", component.by(), params);
		StringBuilder sql = new StringBuilder("INSERT INTO indicator_cell (component, region_key, period, variant, "
				+ "value, symbol) SELECT ?, o.region_key, indicator_period_shift(o.period, ?), ")
			.append(variant)
			.append(", CASE WHEN bool_and(o.value IS NOT NULL) THEN sum(o.value) END, "
					+ "min(o.symbol) FILTER (WHERE o.value IS NULL) FROM statistics_observation o WHERE ");
		if (series.tenantId() == null) {
			sql.append("o.tenant_id IS NULL");
		}
		else {
			sql.append("o.tenant_id = ?");
			params.add(series.tenantId());
		}
		sql.append(" AND o.series_id = ?");
		params.add(series.id());
		if (!component.filter().isEmpty()) {
			sql.append(" AND CAST(o.dimension_key AS jsonb) @> CAST(? AS jsonb)");
			params.add(JSON.writeValueAsString(component.filter()));
		}
		sql.append(" GROUP BY 2, 3, 4");
		this.jdbc.sql(sql.toString()).params(params).update();
	}

	/** A jsonb of the given dimensions, read with {@code accessor} + name. */
	private static String variantOf(String accessor, List<String> by, List<Object> params) {
		if (by.isEmpty()) {
			return "CAST('{}' AS jsonb)";
		}
		StringBuilder b = new StringBuilder("jsonb_build_object(");
		for (int i = 0; i < by.size(); i++) {
			if (i > 0) {
				b.append(", ");
			}
			b.append("CAST(? AS text), ").append(accessor).append("CAST(? AS text)");
			params.add(by.get(i));
			params.add(by.get(i));
		}
		return b.append(')').toString();
	}

	/**
	 * Sums the cells of a level into their parents that have none, if every part is
	 * there.
	 */
	private void rollUp(int childKeyLength) {
		this.jdbc.sql("""
				INSERT INTO indicator_cell (component, region_key, period, variant, value, symbol)
				SELECT c.component, r.parent_key, c.period, c.variant,
				    CASE WHEN bool_and(c.value IS NOT NULL) THEN sum(c.value) END,
				    min(c.symbol) FILTER (WHERE c.value IS NULL)
				FROM indicator_cell c JOIN indicator_region r ON r.key = c.region_key
				WHERE length(c.region_key) = ?
				GROUP BY c.component, r.parent_key, c.period, c.variant
				HAVING count(*) = min(r.siblings)
				   AND NOT EXISTS (SELECT 1 FROM indicator_cell p WHERE p.component = c.component
				       AND p.region_key = r.parent_key AND p.period = c.period AND p.variant = c.variant)
				""").param(childKeyLength).update();
	}

	private void insertTerm(int term, Term definition) {
		int numerator = (term - 1) * 2 + 1;
		String scale = (definition.scale() == null) ? "1" : definition.scale().toPlainString();
		if (definition.denominator() == null) {
			this.jdbc
				.sql("INSERT INTO indicator_term SELECT ?, region_key, period, variant, value * CAST(? AS numeric), "
						+ "value, NULL, symbol, CASE WHEN value IS NULL THEN 'value' END FROM indicator_cell "
						+ "WHERE component = ?")
				.params(term, scale, numerator)
				.update();
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(term);
		params.add(scale);
		String projection = variantOf("c.variant -> ", definition.denominator().by(), params);
		boolean sameVariants = Set.copyOf(definition.denominator().by())
			.equals(Set.copyOf(definition.numerator().by()));
		params.add(numerator);
		params.add(numerator + 1);
		this.jdbc.sql("INSERT INTO indicator_term SELECT ?, coalesce(n.region_key, d.region_key), "
				+ "coalesce(n.period, d.period), coalesce(n.variant, d.variant), "
				+ "CASE WHEN n.value IS NOT NULL AND d.value IS NOT NULL AND d.value <> 0 "
				+ "THEN n.value / d.value * CAST(? AS numeric) END, n.value, d.value, "
				+ "CASE WHEN n.region_key IS NULL THEN 'MISSING' WHEN n.value IS NULL THEN n.symbol "
				+ "WHEN d.region_key IS NULL THEN 'MISSING' WHEN d.value IS NULL THEN d.symbol "
				+ "WHEN d.value = 0 THEN 'ZERO_DENOMINATOR' END, "
				+ "CASE WHEN n.region_key IS NULL OR n.value IS NULL THEN 'numerator' "
				+ "WHEN d.region_key IS NULL OR d.value IS NULL OR d.value = 0 THEN 'denominator' END "
				+ "FROM (SELECT c.*, " + projection + " AS join_variant FROM indicator_cell c WHERE c.component = ?) n "
				+ (sameVariants ? "FULL" : "LEFT") + " JOIN (SELECT * FROM indicator_cell WHERE component = ?) d "
				+ "ON d.region_key = n.region_key AND d.period = n.period AND d.variant = n.join_variant")
			.params(params)
			.update();
	}

}
