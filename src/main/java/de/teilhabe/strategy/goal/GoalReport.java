package de.teilhabe.strategy.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.strategy.StrategyReport;
import de.teilhabe.strategy.concept.ConceptStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link StrategyReport}: the goals of the current concept version as stored with their
 * last computed status, and the measures serving them (a goal merged at the conference
 * counts as the goal it was merged into), in two queries.
 */
@Service
class GoalReport implements StrategyReport {

	private final ConceptStore concepts;

	private final GoalStore goals;

	private final JdbcClient jdbc;

	GoalReport(ConceptStore concepts, GoalStore goals, JdbcClient jdbc) {
		this.concepts = concepts;
		this.goals = goals;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReportedConcept> current(UUID tenantId) {
		return this.concepts.current(tenantId).map((concept) -> {
			Map<UUID, List<ReportedMeasure>> measures = measures(tenantId, concept.id());
			List<ReportedGoal> reported = new ArrayList<>();
			for (Goal goal : this.goals.all(tenantId, concept.id())) {
				reported.add(new ReportedGoal(goal.id(), goal.fieldName(), goal.title(), goal.indicatorCode(),
						goal.customMeasure(), goal.unit(), goal.baseline().value(), goal.baseline().year(),
						goal.target().value(), goal.target().year(), goal.latestValue(),
						(goal.latest() != null) ? goal.latest().year() : null,
						(goal.status() != null) ? goal.status().name() : null,
						measures.getOrDefault(goal.id(), List.of())));
			}
			return new ReportedConcept(concept.title(), concept.horizonStart(), concept.horizonEnd(), reported);
		});
	}

	/** The measures of a concept version per goal they serve, by title. */
	private Map<UUID, List<ReportedMeasure>> measures(UUID tenantId, UUID conceptId) {
		Map<UUID, List<ReportedMeasure>> byGoal = new HashMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT coalesce(g.merged_into, g.id) AS goal_id, m.id, m.title, m.status, m.start_date,
				  m.end_date, lower(m.title) AS sort
				FROM strategy_measure m
				JOIN strategy_measure_goal mg ON mg.tenant_id = m.tenant_id AND mg.measure_id = m.id
				JOIN strategy_goal g ON g.tenant_id = mg.tenant_id AND g.id = mg.goal_id
				WHERE m.tenant_id = ? AND m.concept_id = ?
				ORDER BY sort, m.id""").params(tenantId, conceptId).query((rs, row) -> {
			byGoal.computeIfAbsent(rs.getObject("goal_id", UUID.class), (id) -> new ArrayList<>())
				.add(new ReportedMeasure(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("status"),
						rs.getObject("start_date", java.time.LocalDate.class),
						rs.getObject("end_date", java.time.LocalDate.class)));
			return null;
		}).list();
		return byGoal;
	}

}
