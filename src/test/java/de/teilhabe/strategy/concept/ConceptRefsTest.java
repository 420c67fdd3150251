package de.teilhabe.strategy.concept;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.network.project.ProjectFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.access.AccessFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The references of network projects to goals and measures of the concept
 * ({@code concept_refs}), resolved through {@code shared.concept.ConceptItems}: the
 * project form offers them by title, the project page names and links them, a reference
 * that is no goal or measure of the tenant is refused.
 */
@IntegrationTest
class ConceptRefsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConceptStore concepts;

	@Test
	void aProjectChoosesAndShowsGoalsAndMeasuresByTitle() {
		AccessFixtures access = AccessFixtures.of(this.context);
		UUID tenant = this.tenants.create(AccessFixtures.unique("bezug-kreis"), "Bezug-Kreis", "03459", true).id();
		Http office = Http.loggedIn(this.port, access.createIn(tenant, "bezug", Role.STRATEGY).username(),
				AccessFixtures.PASSWORD);
		assertThat(office.get("/network/projects/new").body())
			.contains("Das Integrationskonzept hat noch keine Ziele und Maßnahmen");

		HttpResponse<String> created = post(office, "/strategy/concepts/new", "/strategy/concepts", "title",
				"Konzept mit Bezügen", "horizonStart", "2024", "horizonEnd", "2028");
		String location = AccessFixtures.location(created);
		UUID concept = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		UUID field = this.concepts.fields(tenant, concept).get(0).id();
		UUID goal = ConceptFixtures.goal(this.jdbc, tenant, field, "Mehr Kinder in der Sprachförderung", "70", null);
		UUID measure = ConceptFixtures.measure(this.jdbc, tenant, concept, "Sprachbrücke Kita", goal, null);

		String form = office.get("/network/projects/new").body();
		assertThat(form).contains("Ziel: Mehr Kinder in der Sprachförderung (Sprache und Bildung)")
			.contains("Maßnahme: Sprachbrücke Kita (Konzept mit Bezügen)")
			.contains("value=\"" + goal + "\"");
		UUID project = ProjectFixtures.createProject(office, AccessFixtures.unique("Bezugsprojekt"), "conceptRefs",
				goal.toString(), "conceptRefs", measure.toString());
		String page = office.get("/network/projects/" + project).body();
		assertThat(page).contains("Ziel: Mehr Kinder in der Sprachförderung (Sprache und Bildung)")
			.contains("Maßnahme: Sprachbrücke Kita (Konzept mit Bezügen)")
			.contains("href=\"/strategy/goals/" + goal + "\"")
			.contains("href=\"/strategy/measures/" + measure + "\"")
			.doesNotContain(goal.toString() + ",");
		assertThat(office.get("/network/projects/" + project + "/edit").body())
			.containsPattern("value=\"" + goal + "\"\\s+checked");

		// a goal of another tenant or an invented reference is refused
		UUID landkreis = access.tenantId("landkreis-osnabrueck");
		UUID landkreisConcept = this.concepts.current(landkreis).orElseThrow().id();
		UUID foreignGoal = ConceptFixtures.goal(this.jdbc, landkreis,
				this.concepts.fields(landkreis, landkreisConcept).get(0).id(), "Fremdes Ziel", "50", null);
		for (String ref : new String[] { foreignGoal.toString(), "HF2-Z1" }) {
			HttpResponse<String> refused = post(office, "/network/projects/new", "/network/projects", "title",
					"Falscher Bezug", "status", "PLANNED", "conceptRefs", ref);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body())
				.contains("Ein gewählter Bezug ist kein Ziel und keine Maßnahme des Integrationskonzepts.")
				.doesNotContain("Fremdes Ziel");
		}
		this.jdbc.sql("DELETE FROM strategy_goal WHERE tenant_id = ? AND id = ?")
			.params(landkreis, foreignGoal)
			.update();
	}

}
