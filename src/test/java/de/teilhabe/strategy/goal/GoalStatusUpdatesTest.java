package de.teilhabe.strategy.goal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.monitoring.IndicatorsChanged;
import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.ControllingDashboards;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statuses update by themselves: an import that changes the values of an indicator
 * publishes {@link IndicatorsChanged}, and the goals on it are computed again (status,
 * latest value, the status before and when it changed), which the controlling dashboard
 * shows as changed at the last update. An event of one tenant leaves the other tenant's
 * goals alone.
 */
@IntegrationTest
class GoalStatusUpdatesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Organisations organisations;

	@Autowired
	GoalStatuses statuses;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportOfNewValuesComputesTheStatusAgainByItself() throws InterruptedException {
		AccessFixtures access = AccessFixtures.of(this.context);
		TestUser user = access.create(AccessFixtures.LANDKREIS, "goals", Role.STRATEGY);
		String token = "goals-" + UUID.randomUUID();
		this.context.getBean(ApiTokens.class)
			.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		StatisticsHttp statistics = new StatisticsHttp(Http.withToken(this.port, token));
		String series = StatisticsHttp.uniqueCode("gs");
		String code = StatisticsHttp.uniqueCode("gi");
		statistics.uploadOk("indicator_" + series + ".csv",
				"Year,GeoCode,Value\n2023,K03459,10\n".getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(statistics.http()
			.send("POST", "/api/v1/indicators", "application/json",
					"""
							{"code":"%s","titleDe":"Beratene Familien","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
							 "polarity":"HIGHER_IS_BETTER","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"}}}}"""
						.formatted(code, series))
			.statusCode()).isEqualTo(201);
		String title = "Familienberatung " + UUID.randomUUID();
		// 8 (2020) to 12 (2024): 2023 expects 11; 10 is 1 behind, the tolerance 0.4
		Map<String, Object> created = GoalApiTest
			.map(statistics.http().send("POST", "/api/v1/strategy/goals", "application/json", """
					{"title": "%s", "field": "Gesundheit", "indicator": "%s", "region": "03459",
					 "baseline": {"value": 8, "year": 2020}, "target": {"value": 12, "year": 2024},
					 "organisations": ["%s"]}""".formatted(title, code, organisation(user.tenantId()))).body());
		assertThat(created).containsEntry("status", "OFF_TRACK");
		String id = (String) created.get("id");

		statistics.uploadOk("indicator_" + series + ".csv",
				"Year,GeoCode,Value\n2023,K03459,12\n".getBytes(StandardCharsets.UTF_8), null, 201);
		Map<String, Object> updated = awaitStatus(statistics.http(), id, "REACHED");
		assertThat(GoalApiTest.object(updated.get("latest"))).containsEntry("year", 2023).containsEntry("value", 12);
		assertThat(this.jdbc.sql("SELECT previous_status FROM strategy_goal WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("OFF_TRACK");

		// the overview counts the change in the goal's Handlungsfeld; its dashboard names
		// it
		Http page = Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
		assertThat(ControllingDashboards.overviewLine(ControllingDashboards.overview(page), "Gesundheit"))
			.contains("1 Ziel hat seinen Status geändert");
		String dashboard = ControllingDashboards.field(page, "Gesundheit");
		assertThat(dashboard).contains("Bei der letzten Aktualisierung geändert");
		String changed = dashboard.substring(dashboard.indexOf("id=\"changed-goals\""));
		assertThat(changed.substring(0, changed.indexOf("</ul>"))).contains(title)
			.contains("vorher nicht auf Kurs, jetzt erreicht");
		assertThat(ControllingDashboards.goalRow(dashboard, title)).contains("erreicht")
			.contains("vorher nicht auf Kurs, jetzt erreicht");
	}

	@Test
	void anEventOfOneTenantLeavesTheOtherTenantsGoalsAlone() {
		UUID landkreis = AccessFixtures.of(this.context).tenantId(AccessFixtures.LANDKREIS);
		UUID stadt = AccessFixtures.of(this.context).tenantId(AccessFixtures.STADT);
		UUID goal = this.jdbc.sql(
				"SELECT id FROM strategy_goal WHERE tenant_id = ? AND indicator_code = '3-1-3' ORDER BY created_at LIMIT 1")
			.param(landkreis)
			.query(UUID.class)
			.single();
		String before = status(goal);
		this.jdbc
			.sql("UPDATE strategy_goal SET status = 'NO_DATA', latest_value = NULL, latest_year = NULL WHERE id = ?")
			.param(goal)
			.update();
		this.statuses.recomputeAfter(new IndicatorsChanged(stadt, Set.of("3-1-3")));
		assertThat(status(goal)).isEqualTo("NO_DATA");
		this.statuses.recomputeAfter(new IndicatorsChanged(landkreis, Set.of("3-1-3")));
		assertThat(status(goal)).isEqualTo(before).isNotEqualTo("NO_DATA");
		// the shared values (no tenant) concern every tenant with goals on the indicator
		this.jdbc
			.sql("UPDATE strategy_goal SET status = 'NO_DATA', latest_value = NULL, latest_year = NULL WHERE id = ?")
			.param(goal)
			.update();
		this.statuses.recomputeAfter(new IndicatorsChanged(null, Set.of("3-1-3")));
		assertThat(status(goal)).isEqualTo(before);
	}

	private String status(UUID goal) {
		return this.jdbc.sql("SELECT status FROM strategy_goal WHERE id = ?").param(goal).query(String.class).single();
	}

	private String organisation(UUID tenantId) {
		return this.organisations.list(tenantId, new ApiPaging(0, 1)).items().get(0).id().toString();
	}

	/**
	 * The goal once it has the status (at most 20 s: the listener runs after the commit).
	 */
	static Map<String, Object> awaitStatus(Http http, String id, String status) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		Map<String, Object> goal = GoalApiTest.map(http.get("/api/v1/strategy/goals/" + id).body());
		while (!status.equals(goal.get("status")) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			goal = GoalApiTest.map(http.get("/api/v1/strategy/goals/" + id).body());
		}
		assertThat(goal).containsEntry("status", status);
		return goal;
	}

}
