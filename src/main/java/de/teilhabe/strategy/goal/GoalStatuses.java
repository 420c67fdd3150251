package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.IndicatorsChanged;
import de.teilhabe.shared.web.LocalizedException;
import de.teilhabe.strategy.goal.Controlling.Assessment;
import de.teilhabe.strategy.goal.Controlling.Point;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computes and stores the controlling status of goals: the latest value of each goal's
 * measure (the indicator's values for the goal's region, default variant, through
 * {@link Indicators}; or the latest hand-entered value), its {@link Controlling}
 * assessment, and, when the status changes, the status before and the time of the change.
 * Set-based: one read of the goals, one values query per indicator and region (not per
 * goal), one query for all hand-entered values, one update of the goals whose figures
 * changed. Runs by itself when {@link IndicatorsChanged} arrives (after the commit of the
 * recomputation, in a transaction of its own, asynchronously).
 */
@Service
public class GoalStatuses {

	private static final Logger log = LoggerFactory.getLogger(GoalStatuses.class);

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final GoalStore goals;

	private final Clock clock;

	private final ControllingCache dashboards;

	GoalStatuses(JdbcClient jdbc, Indicators indicators, GoalStore goals, Clock clock, ControllingCache dashboards) {
		this.dashboards = dashboards;
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.goals = goals;
		this.clock = clock;
	}

	/** What a recomputation did. */
	public record Recomputed(int goals, int changed) {

	}

	/**
	 * The values of indicators changed: the goals on them of the tenant concerned (every
	 * tenant for the shared values) are computed again, and the tenant's time of the last
	 * update is set. An asynchronous module listener like
	 * {@code @ApplicationModuleListener} (after the commit, in a transaction of its own,
	 * on the task executor), but also for an event published outside a transaction:
	 * monitoring publishes it after an import's recomputation, which holds no transaction
	 * ({@code IndicatorService.statisticsChanged}), and a module listener would miss it
	 * then.
	 */
	@Async
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener(fallbackExecution = true)
	public void indicatorsChanged(IndicatorsChanged event) {
		recomputeAfter(event);
	}

	/** What the listener does, in the caller's thread. */
	void recomputeAfter(IndicatorsChanged event) {
		List<UUID> tenants = (event.tenantId() != null) ? List.of(event.tenantId())
				: this.jdbc.sql("SELECT DISTINCT tenant_id FROM strategy_goal WHERE indicator_code = ANY(?)")
					.param(event.codes().toArray(String[]::new))
					.query(UUID.class)
					.list();
		for (UUID tenantId : tenants) {
			long started = System.nanoTime();
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			Recomputed done = recompute(tenantId, event.codes(), null, now);
			this.goals.statusesUpdated(tenantId, now);
			log.info("Goal statuses of tenant {} after indicators changed ({} codes): {} goals, {} changed in {} ms",
					tenantId, event.codes().size(), done.goals(), done.changed(),
					String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
		}
	}

	/** Computes every goal of the tenant again (after a change of the tolerance). */
	@Transactional
	public Recomputed recomputeAll(UUID tenantId) {
		return recomputeAllTimed(tenantId);
	}

	/**
	 * Computes every goal of the tenant again in a transaction of its own (after the
	 * commit of another, where a joined transaction would commit nothing).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Recomputed recomputeAllOnItsOwn(UUID tenantId) {
		return recomputeAllTimed(tenantId);
	}

	private Recomputed recomputeAllTimed(UUID tenantId) {
		long started = System.nanoTime();
		Recomputed done = recompute(tenantId, null, null, OffsetDateTime.now(this.clock));
		log.info("Goal statuses of tenant {} computed again: {} goals, {} changed in {} ms", tenantId, done.goals(),
				done.changed(), String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
		return done;
	}

	/** Computes one goal again (after it was created or changed). */
	@Transactional
	public Recomputed recomputeGoal(UUID tenantId, UUID goalId) {
		return recompute(tenantId, null, List.of(goalId), OffsetDateTime.now(this.clock));
	}

	/**
	 * Computes the goals of a tenant again and stores what changed.
	 * @param codes only the goals on these indicators, or null for all (custom measures
	 * included)
	 * @param goalIds only these goals, or null
	 */
	Recomputed recompute(UUID tenantId, Collection<String> codes, Collection<UUID> goalIds, OffsetDateTime now) {
		StringBuilder sql = new StringBuilder("""
				SELECT id, indicator_code, region_key, baseline_value, baseline_year, target_value, target_year, status,
				  latest_value, latest_year FROM strategy_goal WHERE tenant_id = :tenant""");
		if (codes != null) {
			sql.append(" AND indicator_code = ANY(CAST(:codes AS text[]))");
		}
		if (goalIds != null) {
			sql.append(" AND id = ANY(CAST(:ids AS uuid[]))");
		}
		List<Row> rows = this.jdbc.sql(sql.toString())
			.param("tenant", tenantId)
			.param("codes", (codes != null) ? codes.toArray(String[]::new) : null)
			.param("ids", (goalIds != null) ? goalIds.stream().map(UUID::toString).toArray(String[]::new) : null)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("indicator_code"),
					rs.getString("region_key"),
					new Point(rs.getBigDecimal("baseline_value"), rs.getInt("baseline_year")),
					new Point(rs.getBigDecimal("target_value"), rs.getInt("target_year")), rs.getString("status"),
					rs.getBigDecimal("latest_value"), rs.getObject("latest_year", Integer.class)))
			.list();
		// the dashboard shows the goals (and the time of the last update) anew
		this.dashboards.changed(tenantId);
		if (rows.isEmpty()) {
			return new Recomputed(0, 0);
		}
		BigDecimal tolerance = this.goals.tolerance(tenantId);
		Map<Measured, Point> latestByIndicator = new HashMap<>();
		List<UUID> custom = new ArrayList<>();
		for (Row row : rows) {
			if (row.indicatorCode() == null) {
				custom.add(row.id());
			}
			else {
				latestByIndicator.computeIfAbsent(new Measured(row.indicatorCode(), row.regionKey()),
						(measured) -> latestIndicatorValue(tenantId, measured));
			}
		}
		Map<UUID, Point> latestByGoal = latestHandValues(tenantId, custom);
		List<String> ids = new ArrayList<>();
		List<String> statuses = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		for (Row row : rows) {
			Point latest = (row.indicatorCode() == null) ? latestByGoal.get(row.id())
					: latestByIndicator.get(new Measured(row.indicatorCode(), row.regionKey()));
			Assessment assessment = Controlling.assess(row.baseline(), row.target(), latest, tolerance);
			BigDecimal value = (latest != null) ? latest.value() : null;
			Integer year = (latest != null) ? latest.year() : null;
			boolean same = assessment.status().name().equals(row.status())
					&& ((value == null) ? row.latestValue() == null
							: row.latestValue() != null && value.compareTo(row.latestValue()) == 0)
					&& Objects.equals(year, row.latestYear());
			if (!same) {
				ids.add(row.id().toString());
				statuses.add(assessment.status().name());
				values.add((value != null) ? value.toPlainString() : null);
				years.add(year);
			}
		}
		if (!ids.isEmpty()) {
			this.jdbc
				.sql("""
						UPDATE strategy_goal g SET
						  previous_status = CASE WHEN g.status IS DISTINCT FROM u.status THEN g.status ELSE g.previous_status END,
						  status_changed_at = CASE WHEN g.status IS DISTINCT FROM u.status THEN :now ELSE g.status_changed_at END,
						  status = u.status, latest_value = u.value, latest_year = u.year
						FROM unnest(CAST(:ids AS uuid[]), CAST(:statuses AS text[]), CAST(:values AS numeric[]),
						  CAST(:years AS integer[])) AS u(id, status, value, year)
						WHERE g.tenant_id = :tenant AND g.id = u.id""")
				.param("now", now)
				.param("ids", ids.toArray(String[]::new))
				.param("statuses", statuses.toArray(String[]::new))
				.param("values", values.toArray(String[]::new))
				.param("years", years.toArray(Integer[]::new))
				.param("tenant", tenantId)
				.update();
		}
		return new Recomputed(rows.size(), ids.size());
	}

	/**
	 * The latest value of an indicator for a region (default variant): the value of the
	 * latest period that has one; null when there is none, the indicator is gone or the
	 * region is not one the indicator knows.
	 */
	private Point latestIndicatorValue(UUID tenantId, Measured measured) {
		List<IndicatorValue> values;
		try {
			values = this.indicators.values(tenantId, measured.code(), measured.region(), null, null, null);
		}
		catch (LocalizedException ex) {
			return null;
		}
		for (int i = values.size() - 1; i >= 0; i--) {
			IndicatorValue value = values.get(i);
			Integer year = year(value.period());
			if (value.value() != null && year != null) {
				return new Point(value.value(), year);
			}
		}
		return null;
	}

	/** The year of a period ({@code 2024}, or the year a longer period starts with). */
	static Integer year(String period) {
		if (period == null || period.length() < 4) {
			return null;
		}
		try {
			return Integer.valueOf(period.substring(0, 4));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The latest hand-entered value of each goal with a custom measure. */
	private Map<UUID, Point> latestHandValues(UUID tenantId, List<UUID> goalIds) {
		Map<UUID, Point> latest = new HashMap<>();
		if (goalIds.isEmpty()) {
			return latest;
		}
		this.jdbc.sql("""
				SELECT DISTINCT ON (goal_id) goal_id, year, value FROM strategy_goal_value
				WHERE tenant_id = ? AND goal_id = ANY(CAST(? AS uuid[])) ORDER BY goal_id, year DESC""")
			.params(tenantId, goalIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> latest.put(rs.getObject("goal_id", UUID.class),
					new Point(rs.getBigDecimal("value"), rs.getInt("year"))))
			.list();
		return latest;
	}

	private record Measured(String code, String region) {

	}

	private record Row(UUID id, String indicatorCode, String regionKey, Point baseline, Point target, String status,
			BigDecimal latestValue, Integer latestYear) {

	}

}
