package de.teilhabe.strategy.goal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation the network removes is no longer responsible for a goal; the other
 * responsible organisations stay.
 */
@IntegrationTest
class ResponsibleOrganisationsRemovedTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRemovedOrganisationLeavesTheGoalsItWasResponsibleFor() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http office = fixtures.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		String name = NetworkFixtures.unique("Zielverein");
		UUID leaving = NetworkFixtures.createOrganisation(office, name);
		UUID tenantId = fixtures.access().tenantId(NetworkFixtures.LANDKREIS);
		String staying = this.organisations.list(tenantId, new ApiPaging(0, 1)).items().get(0).name();
		UUID stayingId = this.organisations.list(tenantId, new ApiPaging(0, 1)).items().get(0).id();
		Http api = Http.withToken(this.port,
				StatisticsUsers.create(this.context, NetworkFixtures.LANDKREIS, Role.STRATEGY));
		HttpResponse<String> created = api.send("POST", "/api/v1/strategy/goals", "application/json", """
				{"title": "Ziel mit zwei Trägern %s", "field": "Wohnen", "indicator": "6-2-1", "region": "03459",
				 "baseline": {"value": 176, "year": 2018}, "target": {"value": 150, "year": 2026},
				 "organisations": ["%s", "%s"]}""".formatted(UUID.randomUUID(), leaving, stayingId));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> goal = GoalApiTest.map(created.body());
		String page = "/strategy/goals/" + goal.get("id");
		assertThat(office.get(page).body()).contains(name).contains(staying);

		HttpResponse<String> removed = NetworkFixtures.post(office, "/network/organisations/" + leaving + "/remove",
				"/network/organisations/" + leaving + "/remove");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(302);
		assertThat(office.get(page).body()).doesNotContain(name).contains(staying);
		// the reference itself is gone, not only its name (the facade would not find it
		// anyway)
		assertThat(this.jdbc
			.sql("SELECT organisation_id FROM strategy_goal_organisation WHERE tenant_id = ? AND goal_id = ?")
			.params(tenantId, UUID.fromString((String) goal.get("id")))
			.query(UUID.class)
			.list()).containsExactly(stayingId);
	}

}
