package de.teilhabe.strategy.concept;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What hangs under a version of the concept, read for its page, the comparison and the
 * export: the goals under its Handlungsfelder (those not merged into another) and its
 * measures. Every query filters on the tenant.
 */
@Repository
class ConceptContents {

	private final JdbcClient jdbc;

	ConceptContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The goals of a version, by field position and title. */
	List<Goal> goals(UUID tenantId, UUID conceptId) {
		return this.jdbc.sql("""
				SELECT g.*, (SELECT array_agg(o.organisation_id ORDER BY o.position) FROM strategy_goal_organisation o
				  WHERE o.tenant_id = g.tenant_id AND o.goal_id = g.id) AS organisations
				FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL
				ORDER BY f.position, lower(g.title), g.id""")
			.params(tenantId, conceptId)
			.query(ConceptContents::goal)
			.list();
	}

	/** The measures of a version, by title. */
	List<Measure> measures(UUID tenantId, UUID conceptId) {
		return this.jdbc.sql("""
				SELECT m.*, (SELECT array_agg(mg.goal_id) FROM strategy_measure_goal mg
				  WHERE mg.tenant_id = m.tenant_id AND mg.measure_id = m.id) AS goals,
				  (SELECT array_agg(p.organisation_id ORDER BY p.position) FROM strategy_measure_partner p
				  WHERE p.tenant_id = m.tenant_id AND p.measure_id = m.id) AS partners
				FROM strategy_measure m WHERE m.tenant_id = ? AND m.concept_id = ? ORDER BY lower(m.title), m.id""")
			.params(tenantId, conceptId)
			.query(ConceptContents::measure)
			.list();
	}

	/** How many goals (not merged) each version of the tenant has, by version. */
	Map<UUID, Integer> goalCounts(UUID tenantId) {
		return counts("""
				SELECT f.concept_id, count(*) FROM strategy_goal g
				JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				WHERE g.tenant_id = ? AND g.merged_into IS NULL GROUP BY f.concept_id""", tenantId);
	}

	/** How many measures each version of the tenant has, by version. */
	Map<UUID, Integer> measureCounts(UUID tenantId) {
		return counts("SELECT concept_id, count(*) FROM strategy_measure WHERE tenant_id = ? GROUP BY concept_id",
				tenantId);
	}

	/**
	 * Where each Handlungsfeld and each goal of the tenant was copied from (ID → ID of
	 * the original), for comparing versions that are not neighbours.
	 */
	Map<UUID, UUID> copiedFrom(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, copied_from FROM strategy_field WHERE tenant_id = ? AND copied_from IS NOT NULL
				UNION ALL
				SELECT id, copied_from FROM strategy_goal WHERE tenant_id = ? AND copied_from IS NOT NULL""")
			.params(tenantId, tenantId)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Goals and measures of the tenant by ID (any version); unknown IDs are left out. */
	List<Item> items(UUID tenantId, Collection<UUID> ids) {
		UUID[] array = ids.toArray(UUID[]::new);
		return this.jdbc.sql("""
				SELECT 'GOAL' AS kind, g.id, g.title, f.name AS context, c.title AS concept_title, c.id AS concept_id
				FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				JOIN strategy_concept c ON c.tenant_id = f.tenant_id AND c.id = f.concept_id
				WHERE g.tenant_id = ? AND g.id = ANY(?)
				UNION ALL
				SELECT 'MEASURE', m.id, m.title, c.title, c.title, c.id FROM strategy_measure m
				JOIN strategy_concept c ON c.tenant_id = m.tenant_id AND c.id = m.concept_id
				WHERE m.tenant_id = ? AND m.id = ANY(?)""")
			.params(tenantId, array, tenantId, array)
			.query(ConceptContents::item)
			.list();
	}

	private Map<UUID, Integer> counts(String sql, UUID tenantId) {
		return this.jdbc.sql(sql)
			.param(tenantId)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((UUID[]) array.getArray()) : List.of();
	}

	private static Goal goal(ResultSet rs, int row) throws SQLException {
		Integer latestYear = (Integer) rs.getObject("latest_year");
		return new Goal(rs.getObject("id", UUID.class), rs.getObject("field_id", UUID.class), rs.getString("title"),
				rs.getString("indicator_code"), rs.getString("region_key"), rs.getString("custom_measure"),
				rs.getString("unit"), rs.getBigDecimal("baseline_value"), rs.getInt("baseline_year"),
				rs.getBigDecimal("target_value"), rs.getInt("target_year"), rs.getString("status"),
				rs.getBigDecimal("latest_value"), latestYear, rs.getObject("copied_from", UUID.class),
				uuids(rs, "organisations"));
	}

	private static Measure measure(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getObject("lead_organisation_id", UUID.class), uuids(rs, "partners"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getBigDecimal("budget"), rs.getString("funding"), rs.getString("status"), uuids(rs, "goals"));
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getString("kind"), rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getString("context"), rs.getString("concept_title"), rs.getObject("concept_id", UUID.class));
	}

	/**
	 * A SMART goal under a Handlungsfeld.
	 *
	 * @param status the controlling status last computed (a constant name), or null
	 * before the first computation
	 */
	public record Goal(UUID id, UUID fieldId, String title, String indicatorCode, String regionKey,
			String customMeasure, String unit, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue,
			int targetYear, String status, BigDecimal latestValue, Integer latestYear, UUID copiedFrom,
			List<UUID> organisations) {
	}

	/**
	 * A measure of a version.
	 *
	 * @param leadOrganisation null: carried by the office itself
	 * @param status a constant name (PLANNED, RUNNING, DONE, DROPPED)
	 */
	public record Measure(UUID id, String title, String description, UUID leadOrganisation, List<UUID> partners,
			LocalDate startDate, LocalDate endDate, BigDecimal budget, String funding, String status,
			List<UUID> goals) {
	}

	/** A goal or measure found by its ID. */
	public record Item(String kind, UUID id, String title, String context, String conceptTitle, UUID conceptId) {
	}

}
