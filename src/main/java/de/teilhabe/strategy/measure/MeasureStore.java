package de.teilhabe.strategy.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.measure.Measure.GoalRef;
import de.teilhabe.strategy.measure.Measure.Note;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of the tenant's concept versions with their goals, partner organisations
 * and progress notes. Every query filters on the tenant. A goal merged at the
 * Integrationskonferenz is read as the goal it was merged into (the link to the merged
 * goal itself is kept, so that undoing the merge restores it).
 */
@Repository
public class MeasureStore {

	private static final String COLUMNS = """
			m.id, m.concept_id, m.title, m.description, m.lead_organisation_id, m.start_date, m.end_date, m.budget,
			m.funding, m.status,
			coalesce((SELECT array_agg(p.organisation_id ORDER BY p.position) FROM strategy_measure_partner p
			  WHERE p.tenant_id = m.tenant_id AND p.measure_id = m.id), '{}') AS partner_ids
			""";

	/** The goals of measures, a merged goal resolved to the goal it was merged into. */
	private static final String GOALS = """
			SELECT DISTINCT mg.measure_id, coalesce(s.id, g.id) AS id, coalesce(s.title, g.title) AS title,
			  f.name AS field, f.position
			FROM strategy_measure_goal mg
			JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
			LEFT JOIN strategy_goal s ON s.tenant_id = g.tenant_id AND s.id = g.merged_into
			JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = coalesce(s.field_id, g.field_id)
			WHERE mg.tenant_id = ? AND mg.measure_id = ANY (?::uuid[])
			ORDER BY f.position, title
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MeasureStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public Optional<Measure> find(UUID tenantId, UUID id) {
		List<Measure> found = withGoals(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM strategy_measure m WHERE m.tenant_id = ? AND m.id = ?")
					.params(tenantId, id)
					.query(MeasureStore::measure)
					.list());
		return found.stream().findFirst();
	}

	/**
	 * The measures of a concept version by title, filtered.
	 * @param carrier if not null, only the measures this organisation carries (a
	 * partner's view)
	 */
	public ApiPage<Measure> search(UUID tenantId, UUID conceptId, MeasureFilter filter, UUID carrier,
			ApiPaging paging) {
		StringBuilder where = new StringBuilder(" FROM strategy_measure m WHERE m.tenant_id = ? AND m.concept_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenantId, conceptId));
		if (filter.status() != null) {
			where.append(" AND m.status = ?");
			params.add(filter.status().name());
		}
		for (UUID organisation : new UUID[] { filter.organisation(), carrier }) {
			if (organisation != null) {
				where.append(" ").append("""
						AND (m.lead_organisation_id = ? OR EXISTS (SELECT 1 FROM strategy_measure_partner p
						  WHERE p.tenant_id = m.tenant_id AND p.measure_id = m.id AND p.organisation_id = ?))""");
				params.add(organisation);
				params.add(organisation);
			}
		}
		if (filter.field() != null) {
			where.append(" ").append("""
					AND EXISTS (SELECT 1 FROM strategy_measure_goal mg
					  JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
					  LEFT JOIN strategy_goal s ON s.tenant_id = g.tenant_id AND s.id = g.merged_into
					  WHERE mg.tenant_id = m.tenant_id AND mg.measure_id = m.id
					  AND coalesce(s.field_id, g.field_id) = ?)""");
			params.add(filter.field());
		}
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(paging.size());
		pageParams.add(paging.offset());
		List<Measure> items = this.jdbc
			.sql("SELECT " + COLUMNS + where + " ORDER BY lower(m.title), m.id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(MeasureStore::measure)
			.list();
		return ApiPage.of(withGoals(tenantId, items), paging, total);
	}

	/** Stores a new measure of a concept version; returns its id. */
	@Transactional
	public UUID create(UUID tenantId, UUID conceptId, MeasureForm form, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_measure (tenant_id, id, concept_id, title, description, lead_organisation_id,
				  start_date, end_date, budget, funding, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, conceptId, form.title(), form.description(), form.leadOrganisation(),
					form.startDate(), form.endDate(), form.budget(), form.funding(), form.status().name(), now, now)
			.update();
		replaceLinks(tenantId, id, form);
		this.events.publishEvent(new MeasuresChanged(tenantId));
		return id;
	}

	/** Replaces every part of a measure (its goals and partners too). */
	@Transactional
	public void update(UUID tenantId, UUID id, MeasureForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE strategy_measure SET title = ?, description = ?, lead_organisation_id = ?, start_date = ?,
				  end_date = ?, budget = ?, funding = ?, status = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(form.title(), form.description(), form.leadOrganisation(), form.startDate(), form.endDate(),
					form.budget(), form.funding(), form.status().name(), now, tenantId, id)
			.update();
		replaceLinks(tenantId, id, form);
		this.events.publishEvent(new MeasuresChanged(tenantId));
	}

	private void replaceLinks(UUID tenantId, UUID id, MeasureForm form) {
		this.jdbc.sql("DELETE FROM strategy_measure_goal WHERE tenant_id = ? AND measure_id = ?")
			.params(tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM strategy_measure_partner WHERE tenant_id = ? AND measure_id = ?")
			.params(tenantId, id)
			.update();
		for (UUID goal : form.goals()) {
			this.jdbc.sql("INSERT INTO strategy_measure_goal (tenant_id, measure_id, goal_id) VALUES (?, ?, ?)")
				.params(tenantId, id, goal)
				.update();
		}
		for (int i = 0; i < form.partners().size(); i++) {
			this.jdbc.sql("""
					INSERT INTO strategy_measure_partner (tenant_id, measure_id, organisation_id, position)
					VALUES (?, ?, ?, ?)""").params(tenantId, id, form.partners().get(i).organisation(), i + 1).update();
		}
	}

	public void setStatus(UUID tenantId, UUID id, MeasureStatus status, OffsetDateTime now) {
		this.jdbc.sql("UPDATE strategy_measure SET status = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(status.name(), now, tenantId, id)
			.update();
		this.events.publishEvent(new MeasuresChanged(tenantId));
	}

	public UUID addNote(UUID tenantId, UUID measureId, LocalDate notedOn, String text, String authorName,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_measure_note (tenant_id, id, measure_id, noted_on, text, author_name, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, measureId, notedOn, text, authorName, now)
			.update();
		return id;
	}

	/** The progress notes of a measure, newest first. */
	public List<Note> notes(UUID tenantId, UUID measureId) {
		return this.jdbc.sql("""
				SELECT id, noted_on, text, author_name FROM strategy_measure_note WHERE tenant_id = ? AND measure_id = ?
				ORDER BY noted_on DESC, created_at DESC""")
			.params(tenantId, measureId)
			.query((rs, row) -> new Note(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
					rs.getString("text"), rs.getString("author_name")))
			.list();
	}

	/**
	 * Lets go of an organisation that left the network: measures it led are carried by
	 * the office, its partner rows are deleted.
	 */
	@Transactional
	public void dropOrganisation(UUID tenantId, UUID organisationId, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE strategy_measure SET lead_organisation_id = NULL, updated_at = ?
				WHERE tenant_id = ? AND lead_organisation_id = ?""").params(now, tenantId, organisationId).update();
		this.jdbc.sql("DELETE FROM strategy_measure_partner WHERE tenant_id = ? AND organisation_id = ?")
			.params(tenantId, organisationId)
			.update();
		this.events.publishEvent(new MeasuresChanged(tenantId));
	}

	/**
	 * The goals of a concept version that a measure may serve (not merged into another),
	 * in the order of their Handlungsfelder.
	 */
	public List<GoalRef> goalChoices(UUID tenantId, UUID conceptId) {
		return this.jdbc.sql("""
				SELECT g.id, g.title, f.name AS field FROM strategy_goal g
				JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
				WHERE g.tenant_id = ? AND f.concept_id = ? AND g.merged_into IS NULL
				ORDER BY f.position, lower(g.title), g.id""")
			.params(tenantId, conceptId)
			.query((rs, row) -> new GoalRef(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("field")))
			.list();
	}

	/**
	 * How many measures of a concept version (not dropped) each carrier leads and
	 * partners; the office (leading measures without a lead organisation) under the key
	 * null.
	 */
	public Map<UUID, int[]> carriers(UUID tenantId, UUID conceptId) {
		Map<UUID, int[]> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT lead_organisation_id AS organisation_id, count(*) AS n, 0 AS role FROM strategy_measure
				WHERE tenant_id = ? AND concept_id = ? AND status <> 'DROPPED' GROUP BY lead_organisation_id
				UNION ALL
				SELECT p.organisation_id, count(*), 1 FROM strategy_measure_partner p
				JOIN strategy_measure m ON m.tenant_id = p.tenant_id AND m.id = p.measure_id
				WHERE p.tenant_id = ? AND m.concept_id = ? AND m.status <> 'DROPPED' GROUP BY p.organisation_id""")
			.params(tenantId, conceptId, tenantId, conceptId)
			.query((ResultSet rs) -> {
				UUID organisation = rs.getObject("organisation_id", UUID.class);
				counts.computeIfAbsent(organisation, (key) -> new int[2])[rs.getInt("role")] = rs.getInt("n");
			});
		return counts;
	}

	private List<Measure> withGoals(UUID tenantId, List<Measure> measures) {
		if (measures.isEmpty()) {
			return measures;
		}
		String[] ids = measures.stream().map((m) -> m.id().toString()).toArray(String[]::new);
		Map<UUID, List<GoalRef>> goals = new LinkedHashMap<>();
		this.jdbc.sql(GOALS).params(tenantId, ids).query((ResultSet rs) -> {
			goals.computeIfAbsent(rs.getObject("measure_id", UUID.class), (key) -> new ArrayList<>())
				.add(new GoalRef(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("field")));
		});
		return measures.stream()
			.map((m) -> new Measure(m.id(), m.conceptId(), m.title(), m.description(), m.leadOrganisationId(),
					m.partnerOrganisationIds(), List.copyOf(goals.getOrDefault(m.id(), List.of())), m.startDate(),
					m.endDate(), m.budget(), m.funding(), m.status()))
			.toList();
	}

	private static Measure measure(ResultSet rs, int row) throws SQLException {
		UUID[] partners = (UUID[]) rs.getArray("partner_ids").getArray();
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("concept_id", UUID.class),
				rs.getString("title"), rs.getString("description"), rs.getObject("lead_organisation_id", UUID.class),
				Arrays.asList(partners), List.of(), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("budget"), rs.getString("funding"),
				MeasureStatus.valueOf(rs.getString("status")));
	}

}
