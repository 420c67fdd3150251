package de.teilhabe.network.graph;

import java.util.UUID;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.project.ProjectFixtures.createOrganisationOfKind;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.network.project.ProjectFixtures.createProject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network view: SVG with labelled nodes and the same relations as a list, filters by
 * field and kind, roles, tenant isolation.
 */
@IntegrationTest
class GraphTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void projectsConnectOrganisationsAndFields() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String club = unique("Graphverein");
		String school = unique("Graphschule");
		UUID clubId = createOrganisationOfKind(office, club, "CLUB");
		UUID schoolId = createOrganisationOfKind(office, school, "SCHOOL");
		String title = unique("Graphprojekt");
		UUID id = createProject(office, title, "fieldsOfWork", "WOMEN", "fieldsOfWork", "ANTI_DISCRIMINATION",
				"leadOrganisation", clubId.toString(), "partners[0].organisation", schoolId.toString(),
				"partners[0].role", "Räume");

		String page = office.get("/network/graph").body();
		assertThat(page).contains("<svg")
			.contains("role=\"img\"")
			.contains("aria-labelledby=\"graph-title graph-desc\"");
		String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
		assertThat(svg).contains(">" + title + "<").contains(">" + club + "<").contains(">Frauen<").contains("<line");
		String list = page.substring(page.indexOf("graph-relations"));
		assertThat(list).contains("/network/projects/" + id)
			.contains("/network/organisations/" + clubId)
			.contains("/network/organisations/" + schoolId)
			.contains("(Räume)")
			.contains("Antidiskriminierung");
		// the demo project led by the office shows the office as a node
		assertThat(svg).contains(">Integrationsstelle<");

		// filters
		String women = office.get("/network/graph?field=WOMEN").body();
		assertThat(women).contains(title).doesNotContain("Sprachbrücke Kita");
		String schools = office.get("/network/graph?kind=SCHOOL").body();
		assertThat(schools).contains(title)
			.contains(school)
			.doesNotContain(">" + club + "<")
			.doesNotContain(">Integrationsstelle<");
		assertThat(office.get("/network/graph?kind=UFO").statusCode()).isEqualTo(400);
		assertThat(office.get("/network/graph?field=NOPE").statusCode()).isEqualTo(400);
		// the same request draws the same picture
		String again = office.get("/network/graph?field=WOMEN").body();
		assertThat(again.substring(again.indexOf("<svg"), again.indexOf("</svg>")))
			.isEqualTo(women.substring(women.indexOf("<svg"), women.indexOf("</svg>")));

		assertThat(this.fixtures.user(LANDKREIS, Role.COUNSELLOR).get("/network/graph").body()).contains(title);
		assertThat(this.fixtures.login(this.fixtures.partner(LANDKREIS, clubId)).get("/network/graph").statusCode())
			.isEqualTo(403);
		assertThat(this.fixtures.user(STADT, Role.STRATEGY).get("/network/graph").body()).doesNotContain(title)
			.doesNotContain(club);
	}

}
