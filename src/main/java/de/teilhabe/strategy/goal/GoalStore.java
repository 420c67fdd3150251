package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.goal.Controlling.Point;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMART goals of a tenant, their hand-entered values, responsible organisations and
 * the tenant's controlling settings. Every query filters on the tenant. Goals merged into
 * another at the conference ({@code merged_into}) are left out of every list.
 */
@Repository
class GoalStore {

	private static final String SELECT = """
			SELECT g.*, f.name AS field_name, f.concept_id, f.position AS field_position,
			  coalesce((SELECT array_agg(o.organisation_id ORDER BY o.position) FROM strategy_goal_organisation o
			    WHERE o.tenant_id = g.tenant_id AND o.goal_id = g.id), '{}') AS organisation_ids
			FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
			""";

	private final JdbcClient jdbc;

	GoalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One goal of the tenant (merged ones too: their page says where they went). */
	Optional<Goal> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE g.tenant_id = ? AND g.id = ?")
			.params(tenantId, id)
			.query(GoalStore::goal)
			.optional();
	}

	/**
	 * A page of the goals of a version of the concept, by Handlungsfeld and title (not
	 * merged ones).
	 */
	ApiPage<Goal> page(UUID tenantId, UUID conceptId, ApiPaging paging) {
		long total = this.jdbc
			.sql("""
					SELECT count(*) FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
					WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL""")
			.params(tenantId, conceptId)
			.query(Long.class)
			.single();
		List<Goal> goals = this.jdbc.sql(SELECT + """
				WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL
				ORDER BY f.position, lower(g.title), g.id LIMIT ? OFFSET ?""")
			.params(tenantId, conceptId, paging.size(), paging.offset())
			.query(GoalStore::goal)
			.list();
		return ApiPage.of(goals, paging, total);
	}

	/**
	 * Every goal of a version of the concept, by Handlungsfeld and title (not merged).
	 */
	List<Goal> all(UUID tenantId, UUID conceptId) {
		return this.jdbc.sql(SELECT + """
				WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL
				ORDER BY f.position, lower(g.title), g.id""").params(tenantId, conceptId).query(GoalStore::goal).list();
	}

	/**
	 * Every goal of one Handlungsfeld, by title (not merged): what the field's dashboard
	 * shows.
	 */
	List<Goal> ofField(UUID tenantId, UUID fieldId) {
		return this.jdbc.sql(SELECT + """
				WHERE g.tenant_id = ? AND g.field_id = ? AND g.merged_into IS NULL
				ORDER BY lower(g.title), g.id""").params(tenantId, fieldId).query(GoalStore::goal).list();
	}

	/** The goal a goal was merged into at the conference, or null. */
	UUID mergedInto(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT merged_into FROM strategy_goal WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.optional()
			.orElse(null);
	}

	/** The hand-entered values of a goal, oldest first. */
	List<Point> values(UUID tenantId, UUID goalId) {
		return this.jdbc
			.sql("SELECT value, year FROM strategy_goal_value WHERE tenant_id = ? AND goal_id = ? ORDER BY year")
			.params(tenantId, goalId)
			.query((rs, row) -> new Point(rs.getBigDecimal("value"), rs.getInt("year")))
			.list();
	}

	/** Stores a new goal from a checked form; returns its id. */
	@Transactional
	UUID create(UUID tenantId, GoalForm form, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO strategy_goal (tenant_id, id, field_id, title, description, indicator_code, region_key,
					  custom_measure, unit, baseline_value, baseline_year, target_value, target_year, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, form.field(), form.title(), form.description(), indicator(form), region(form),
					custom(form), custom(form) != null ? form.unit() : null, form.baselineValue(), form.baselineYear(),
					form.targetValue(), form.targetYear(), now, now)
			.update();
		writeParts(tenantId, id, form);
		return id;
	}

	/** Changes a goal from a checked form (its status is computed again afterwards). */
	@Transactional
	void update(UUID tenantId, UUID id, GoalForm form, OffsetDateTime now) {
		this.jdbc
			.sql("""
					UPDATE strategy_goal SET field_id = ?, title = ?, description = ?, indicator_code = ?, region_key = ?,
					  custom_measure = ?, unit = ?, baseline_value = ?, baseline_year = ?, target_value = ?, target_year = ?,
					  updated_at = ?
					WHERE tenant_id = ? AND id = ?""")
			.params(form.field(), form.title(), form.description(), indicator(form), region(form), custom(form),
					custom(form) != null ? form.unit() : null, form.baselineValue(), form.baselineYear(),
					form.targetValue(), form.targetYear(), now, tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM strategy_goal_organisation WHERE tenant_id = ? AND goal_id = ?")
			.params(tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM strategy_goal_value WHERE tenant_id = ? AND goal_id = ?")
			.params(tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM strategy_goal_statement WHERE tenant_id = ? AND goal_id = ?")
			.params(tenantId, id)
			.update();
		writeParts(tenantId, id, form);
	}

	private void writeParts(UUID tenantId, UUID id, GoalForm form) {
		List<UUID> organisations = form.organisations();
		for (int i = 0; i < organisations.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO strategy_goal_organisation (tenant_id, goal_id, organisation_id, position)
					VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(tenantId, id, organisations.get(i), i + 1)
				.update();
		}
		if (custom(form) != null) {
			for (GoalForm.HandValue value : form.values()) {
				this.jdbc.sql("INSERT INTO strategy_goal_value (tenant_id, goal_id, year, value) VALUES (?, ?, ?, ?)")
					.params(tenantId, id, value.year(), value.value())
					.update();
			}
		}
		if (!form.statements().isEmpty()) {
			answers(tenantId, id, form.statements());
		}
	}

	/** Links a goal to statements of the dialog it answers (unknown ones are skipped). */
	void answers(UUID tenantId, UUID goalId, List<UUID> statementIds) {
		this.jdbc.sql("""
				INSERT INTO strategy_goal_statement (tenant_id, goal_id, statement_id)
				SELECT ?, ?, s.id FROM strategy_statement s WHERE s.tenant_id = ? AND s.id = ANY(CAST(? AS uuid[]))
				ON CONFLICT DO NOTHING""")
			.params(tenantId, goalId, tenantId, statementIds.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	/**
	 * The statements given that are not the tenant's (unknown or another tenant's).
	 */
	List<UUID> notStatements(UUID tenantId, List<UUID> statementIds) {
		return this.jdbc.sql("""
				SELECT given FROM unnest(CAST(? AS uuid[])) AS given
				WHERE NOT EXISTS (SELECT 1 FROM strategy_statement s WHERE s.tenant_id = ? AND s.id = given)""")
			.params(statementIds.stream().map(UUID::toString).toArray(String[]::new), tenantId)
			.query(UUID.class)
			.list();
	}

	/** The ids of the statements a goal answers. */
	List<UUID> statementIds(UUID tenantId, UUID goalId) {
		return this.jdbc.sql("""
				SELECT statement_id FROM strategy_goal_statement WHERE tenant_id = ? AND goal_id = ?
				ORDER BY statement_id""").params(tenantId, goalId).query(UUID.class).list();
	}

	/**
	 * The statements each of the goals answers (one query for a page of goals), by
	 * workshop, Handlungsfeld and type.
	 */
	Map<UUID, List<AnsweredStatement>> answered(UUID tenantId, Collection<UUID> goalIds) {
		Map<UUID, List<AnsweredStatement>> answered = new HashMap<>();
		if (goalIds.isEmpty()) {
			return answered;
		}
		this.jdbc.sql("""
				SELECT gs.goal_id, s.id, s.type, s.text, f.name AS field, w.title AS workshop
				FROM strategy_goal_statement gs
				JOIN strategy_statement s ON s.tenant_id = gs.tenant_id AND s.id = gs.statement_id
				JOIN strategy_workshop w ON w.tenant_id = s.tenant_id AND w.id = s.workshop_id
				LEFT JOIN strategy_field f ON f.tenant_id = s.tenant_id AND f.id = s.field_id
				WHERE gs.tenant_id = ? AND gs.goal_id = ANY(CAST(? AS uuid[]))
				ORDER BY w.starts_at, w.id, f.position NULLS LAST, s.type, s.created_at, s.id""")
			.params(tenantId, goalIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> answered
				.computeIfAbsent(rs.getObject("goal_id", UUID.class), (goal) -> new ArrayList<>())
				.add(new AnsweredStatement(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("text"),
						rs.getString("field"), rs.getString("workshop"))))
			.list();
		return answered;
	}

	/**
	 * Drops an organisation removed from the network from the goals it was responsible
	 * for.
	 */
	int forgetOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql("DELETE FROM strategy_goal_organisation WHERE tenant_id = ? AND organisation_id = ?")
			.params(tenantId, organisationId)
			.update();
	}

	/**
	 * The tenant's tolerance (share of |target − baseline|), the default if never set.
	 */
	BigDecimal tolerance(UUID tenantId) {
		return this.jdbc.sql("SELECT at_risk_tolerance FROM strategy_settings WHERE tenant_id = ?")
			.param(tenantId)
			.query(BigDecimal.class)
			.optional()
			.orElse(Controlling.DEFAULT_TOLERANCE);
	}

	void setTolerance(UUID tenantId, BigDecimal tolerance) {
		this.jdbc.sql("""
				INSERT INTO strategy_settings (tenant_id, at_risk_tolerance) VALUES (?, ?)
				ON CONFLICT (tenant_id) DO UPDATE SET at_risk_tolerance = excluded.at_risk_tolerance""")
			.params(tenantId, tolerance)
			.update();
	}

	/**
	 * When the statuses were last recomputed after indicator values changed, or empty.
	 */
	Optional<OffsetDateTime> statusesUpdatedAt(UUID tenantId) {
		return this.jdbc.sql("SELECT statuses_updated_at FROM strategy_settings WHERE tenant_id = ?")
			.param(tenantId)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.filter((time) -> time != null);
	}

	void statusesUpdated(UUID tenantId, OffsetDateTime at) {
		this.jdbc.sql("""
				INSERT INTO strategy_settings (tenant_id, statuses_updated_at) VALUES (?, ?)
				ON CONFLICT (tenant_id) DO UPDATE SET statuses_updated_at = excluded.statuses_updated_at""")
			.params(tenantId, at)
			.update();
	}

	/**
	 * The measures serving each goal of a version, by goal and measure status (the
	 * measures part of the module owns them; read here for the dashboard). A measure of a
	 * goal merged into another at the conference counts for the goal it was merged into,
	 * and once per goal.
	 */
	Map<UUID, Map<String, Integer>> measureCounts(UUID tenantId, UUID conceptId) {
		return counts("""
				SELECT coalesce(g.merged_into, g.id), m.status, count(DISTINCT m.id) FROM strategy_measure_goal mg
				JOIN strategy_measure m ON m.tenant_id = mg.tenant_id AND m.id = mg.measure_id
				JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
				WHERE mg.tenant_id = ? AND m.concept_id = ? GROUP BY 1, m.status""", tenantId, conceptId);
	}

	/**
	 * The measures serving goals of each Handlungsfeld of a version, by field and measure
	 * status: a measure counts once per field (for a goal merged into another, in the
	 * field of the goal it was merged into), in every field whose goals it serves.
	 */
	Map<UUID, Map<String, Integer>> measureCountsByField(UUID tenantId, UUID conceptId) {
		return counts("""
				SELECT kept.field_id, m.status, count(DISTINCT m.id) FROM strategy_measure_goal mg
				JOIN strategy_measure m ON m.tenant_id = mg.tenant_id AND m.id = mg.measure_id
				JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
				JOIN strategy_goal kept ON kept.tenant_id = g.tenant_id AND kept.id = coalesce(g.merged_into, g.id)
				WHERE mg.tenant_id = ? AND m.concept_id = ? GROUP BY kept.field_id, m.status""", tenantId, conceptId);
	}

	/** A measure serving goals of a Handlungsfeld, as the field's dashboard lists it. */
	record FieldMeasure(UUID id, String title, String status, int goals) {

	}

	/**
	 * The measures serving goals of one Handlungsfeld (a merged goal's for the goal it
	 * was merged into), running ones first, then planned, done and dropped, each by
	 * title; with the number of the field's goals each serves.
	 */
	List<FieldMeasure> measuresOfField(UUID tenantId, UUID fieldId) {
		return this.jdbc.sql("""
				SELECT m.id, m.title, m.status, count(DISTINCT kept.id) AS goals FROM strategy_measure_goal mg
				JOIN strategy_measure m ON m.tenant_id = mg.tenant_id AND m.id = mg.measure_id
				JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
				JOIN strategy_goal kept ON kept.tenant_id = g.tenant_id AND kept.id = coalesce(g.merged_into, g.id)
				WHERE mg.tenant_id = ? AND kept.field_id = ?
				GROUP BY m.id, m.title, m.status
				ORDER BY CASE m.status WHEN 'RUNNING' THEN 0 WHEN 'PLANNED' THEN 1 WHEN 'DONE' THEN 2 ELSE 3 END,
				  lower(m.title), m.id""")
			.params(tenantId, fieldId)
			.query((rs, row) -> new FieldMeasure(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("status"), rs.getInt("goals")))
			.list();
	}

	/** Counts by a key and a measure status, from a query answering the three. */
	private Map<UUID, Map<String, Integer>> counts(String sql, UUID tenantId, UUID conceptId) {
		Map<UUID, Map<String, Integer>> counts = new HashMap<>();
		this.jdbc.sql(sql).params(tenantId, conceptId).query((rs, row) -> {
			counts.computeIfAbsent(rs.getObject(1, UUID.class), (key) -> new TreeMap<>())
				.put(rs.getString(2), rs.getInt(3));
			return null;
		}).list();
		return counts;
	}

	private static String indicator(GoalForm form) {
		return form.byIndicator() ? form.indicator() : null;
	}

	private static String region(GoalForm form) {
		return form.byIndicator() ? form.region() : null;
	}

	private static String custom(GoalForm form) {
		return form.byIndicator() ? null : form.customMeasure();
	}

	static Goal goal(ResultSet rs, int row) throws SQLException {
		UUID[] organisations = (UUID[]) rs.getArray("organisation_ids").getArray();
		BigDecimal latestValue = rs.getBigDecimal("latest_value");
		Integer latestYear = rs.getObject("latest_year", Integer.class);
		Point latest = (latestValue != null && latestYear != null) ? new Point(latestValue, latestYear) : null;
		return new Goal(rs.getObject("id", UUID.class), rs.getObject("field_id", UUID.class),
				rs.getString("field_name"), rs.getObject("concept_id", UUID.class), rs.getString("title"),
				rs.getString("description"), rs.getString("indicator_code"), rs.getString("region_key"),
				rs.getString("custom_measure"), rs.getString("unit"),
				new Point(rs.getBigDecimal("baseline_value"), rs.getInt("baseline_year")),
				new Point(rs.getBigDecimal("target_value"), rs.getInt("target_year")), status(rs, "status"), latest,
				status(rs, "previous_status"), rs.getObject("status_changed_at", OffsetDateTime.class),
				new ArrayList<>(Arrays.asList(organisations)));
	}

	private static GoalStatus status(ResultSet rs, String column) throws SQLException {
		String status = rs.getString(column);
		return (status != null) ? GoalStatus.valueOf(status) : null;
	}

}
