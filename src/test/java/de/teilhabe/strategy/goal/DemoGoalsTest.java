package de.teilhabe.strategy.goal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.region.Tenants;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo Landkreis has at least twelve goals bound to real indicators of Landkreis
 * Osnabrück (03459) with values there, spread over the Handlungsfelder, each with a
 * responsible organisation; once the shipped indicators are computed some goals are
 * reached, some on track, some at risk or off track, and one has no data.
 */
@IntegrationTest
class DemoGoalsTest {

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoalStatuses statuses;

	@Test
	void demoGoalsStandWhereTheirFiguresPutThem() throws InterruptedException {
		UUID landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		List<Map<String, Object>> goals = demoGoals(landkreis);
		while (goals.stream().anyMatch((goal) -> goal.get("status") == null) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			goals = demoGoals(landkreis);
		}
		// with the default tolerance (another test may have changed the tenant's)
		this.jdbc.sql("UPDATE strategy_settings SET at_risk_tolerance = 0.10 WHERE tenant_id = ?")
			.param(landkreis)
			.update();
		this.statuses.recomputeAll(landkreis);
		goals = demoGoals(landkreis);
		List<Map<String, Object>> onIndicators = goals.stream()
			.filter((goal) -> goal.get("indicator_code") != null)
			.toList();
		assertThat(onIndicators).hasSizeGreaterThanOrEqualTo(12)
			.allSatisfy((goal) -> assertThat(goal).containsEntry("region_key", "03459"))
			.allSatisfy((goal) -> assertThat(goal.get("latest_year")).as("%s", goal.get("title")).isNotNull());
		assertThat(goals).allSatisfy(
				(goal) -> assertThat(((Number) goal.get("organisations")).intValue()).as("%s", goal.get("title"))
					.isPositive());
		assertThat(goals.stream().map((goal) -> goal.get("field")).distinct()).hasSize(7);
		assertThat(goals.stream().map((goal) -> goal.get("status")).toList()).contains("REACHED", "ON_TRACK", "AT_RISK",
				"OFF_TRACK", "NO_DATA");
		assertThat(goals.stream().filter((goal) -> "NO_DATA".equals(goal.get("status")))).hasSize(1);
	}

	private List<Map<String, Object>> demoGoals(UUID tenantId) {
		return this.jdbc
			.sql("""
					SELECT g.title, g.indicator_code, g.region_key, g.status, g.latest_year, f.name AS field,
					  (SELECT count(*) FROM strategy_goal_organisation o WHERE o.tenant_id = g.tenant_id AND o.goal_id = g.id)
					    AS organisations
					FROM strategy_goal g JOIN strategy_field f ON f.tenant_id = g.tenant_id AND f.id = g.field_id
					WHERE g.tenant_id = ? AND g.title IN (%s)"""
				.formatted(String.join(", ",
						DemoGoals.GOALS.stream().map((goal) -> "'" + goal.title().replace("'", "''") + "'").toList())))
			.param(tenantId)
			.query((rs, row) -> {
				Map<String, Object> goal = new java.util.HashMap<>();
				goal.put("title", rs.getString("title"));
				goal.put("indicator_code", rs.getString("indicator_code"));
				goal.put("region_key", rs.getString("region_key"));
				goal.put("status", rs.getString("status"));
				goal.put("latest_year", rs.getObject("latest_year"));
				goal.put("field", rs.getString("field"));
				goal.put("organisations", rs.getLong("organisations"));
				return goal;
			})
			.list();
	}

}
