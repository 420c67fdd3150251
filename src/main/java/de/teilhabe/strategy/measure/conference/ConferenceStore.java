package de.teilhabe.strategy.measure.conference;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals of a concept version as the Integrationskonferenz works on them, read
 * directly from the module's goal, workshop and statement tables (a read query of this
 * part), and the merging of similar goals: a merged goal gets {@code merged_into} set and
 * keeps its workshop and statements, which are shown as origins of the goal it was merged
 * into; undoing a merge clears it. Every query filters on the tenant.
 */
@Repository
class ConferenceStore {

	private final JdbcClient jdbc;

	ConferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The dialogs that informed a version: id and title, oldest first. */
	List<Map.Entry<UUID, String>> dialogs(UUID tenantId, UUID conceptId) {
		return this.jdbc
			.sql("""
					SELECT id, title FROM strategy_dialog WHERE tenant_id = ? AND concept_id = ? ORDER BY started_on, title""")
			.params(tenantId, conceptId)
			.query((rs,
					row) -> (Map.Entry<UUID, String>) new AbstractMap.SimpleImmutableEntry<>(
							rs.getObject("id", UUID.class), rs.getString("title")))
			.list();
	}

	/**
	 * The goals of a version not merged into another, in the order of their
	 * Handlungsfelder, each with its origins.
	 * @param dialogId if not null, only goals that came from (or had an origin in) a
	 * workshop of this dialog
	 */
	List<ConferenceGoal> goals(UUID tenantId, UUID conceptId, UUID dialogId) {
		Map<UUID, List<ConferenceGoal.Statement>> statements = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT gs.goal_id, s.type, s.text FROM strategy_goal_statement gs
				JOIN strategy_statement s ON s.tenant_id = gs.tenant_id AND s.id = gs.statement_id
				JOIN strategy_goal g ON g.tenant_id = gs.tenant_id AND g.id = gs.goal_id
				JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				WHERE gs.tenant_id = ? AND f.concept_id = ? ORDER BY s.type, s.created_at""")
			.params(tenantId, conceptId)
			.query((ResultSet rs) -> {
				statements.computeIfAbsent(rs.getObject("goal_id", UUID.class), (key) -> new ArrayList<>())
					.add(new ConferenceGoal.Statement(rs.getString("type"), rs.getString("text")));
			});
		Map<UUID, List<String>> measures = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT mg.goal_id, m.title FROM strategy_measure_goal mg
				JOIN strategy_measure m ON m.tenant_id = mg.tenant_id AND m.id = mg.measure_id
				WHERE mg.tenant_id = ? AND m.concept_id = ? ORDER BY lower(m.title)""")
			.params(tenantId, conceptId)
			.query((ResultSet rs) -> {
				measures.computeIfAbsent(rs.getObject("goal_id", UUID.class), (key) -> new ArrayList<>())
					.add(rs.getString("title"));
			});
		List<Row> rows = this.jdbc.sql("""
				SELECT g.id, g.title, g.merged_into, g.field_id, f.name AS field, w.title AS workshop, w.dialog_id
				FROM strategy_goal g
				JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				LEFT JOIN strategy_workshop w ON w.tenant_id = g.tenant_id AND w.id = g.workshop_id
				WHERE g.tenant_id = ? AND f.concept_id = ?
				ORDER BY f.position, lower(g.title), g.id""")
			.params(tenantId, conceptId)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("merged_into", UUID.class), rs.getObject("field_id", UUID.class),
					rs.getString("field"), rs.getString("workshop"), rs.getObject("dialog_id", UUID.class)))
			.list();
		List<ConferenceGoal> goals = new ArrayList<>();
		for (Row survivor : rows) {
			if (survivor.mergedInto() != null) {
				continue;
			}
			List<Row> origins = rows.stream().filter((row) -> survivor.id().equals(row.mergedInto())).toList();
			boolean inDialog = dialogId == null || dialogId.equals(survivor.dialogId())
					|| origins.stream().anyMatch((origin) -> dialogId.equals(origin.dialogId()));
			if (!inDialog) {
				continue;
			}
			List<String> served = new ArrayList<>(measures.getOrDefault(survivor.id(), List.of()));
			origins.forEach((origin) -> measures.getOrDefault(origin.id(), List.of())
				.stream()
				.filter((title) -> !served.contains(title))
				.forEach(served::add));
			goals.add(new ConferenceGoal(survivor.id(), survivor.title(), survivor.fieldId(), survivor.field(),
					survivor.workshop(), statements.getOrDefault(survivor.id(), List.of()),
					origins.stream()
						.map((origin) -> new ConferenceGoal(origin.id(), origin.title(), origin.fieldId(),
								origin.field(), origin.workshop(), statements.getOrDefault(origin.id(), List.of()),
								List.of(), List.of()))
						.toList(),
					List.copyOf(served)));
		}
		return goals;
	}

	/**
	 * Merges goals of a version into one of them: the others (and the goals merged into
	 * them before) get {@code merged_into} set to the goal kept.
	 * @return whether they were merged (false: a goal is not an unmerged goal of the
	 * version)
	 */
	@Transactional
	boolean merge(UUID tenantId, UUID conceptId, UUID into, Set<UUID> others, OffsetDateTime now) {
		List<UUID> all = new ArrayList<>(others);
		all.add(into);
		String[] ids = all.stream().map(UUID::toString).distinct().toArray(String[]::new);
		int found = this.jdbc
			.sql("""
					SELECT count(*) FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
					WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL AND g.id = ANY (?::uuid[])""")
			.params(tenantId, conceptId, ids)
			.query(Integer.class)
			.single();
		if (found != ids.length) {
			return false;
		}
		String[] merged = others.stream().filter((id) -> !id.equals(into)).map(UUID::toString).toArray(String[]::new);
		this.jdbc.sql("""
				UPDATE strategy_goal SET merged_into = ?, updated_at = ?
				WHERE tenant_id = ? AND (id = ANY (?::uuid[]) OR merged_into = ANY (?::uuid[]))""")
			.params(into, now, tenantId, merged, merged)
			.update();
		return true;
	}

	/**
	 * Undoes the merge of a goal of the version: it stands on its own again.
	 * @return whether it was merged
	 */
	boolean unmerge(UUID tenantId, UUID conceptId, UUID goalId, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE strategy_goal g SET merged_into = NULL, updated_at = ?
				FROM strategy_field f
				WHERE g.tenant_id = ? AND g.id = ? AND g.merged_into IS NOT NULL
				  AND f.tenant_id = g.tenant_id AND f.id = g.field_id AND f.concept_id = ?""")
			.params(now, tenantId, goalId, conceptId)
			.update() == 1;
	}

	private record Row(UUID id, String title, UUID mergedInto, UUID fieldId, String field, String workshop,
			UUID dialogId) {
	}

}
