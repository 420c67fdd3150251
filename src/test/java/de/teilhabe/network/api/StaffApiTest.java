package de.teilhabe.network.api;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API of projects, MSO support and committees for staff tokens: the caller's own
 * tenant's records only, searched with {@code q}, paged like every list; anonymous
 * callers get 401 problem+json, roles that do not read the pages 403. (Which role reads
 * which list: the endpoint × role matrix.) The records are the demo data of the Stadt
 * Osnabrück, read with a new token of that tenant.
 */
@IntegrationTest
class StaffApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void projectsOfTheOwnTenantBySearch() {
		Http stadt = stadtReader(Role.COUNSELLOR);
		List<Map<String, Object>> found = items(stadt, "/api/v1/projects?q=" + encode("Stadtteilmütter"));
		assertThat(found).singleElement().satisfies((project) -> {
			assertThat(project).containsEntry("title", "Stadtteilmütter Osnabrück")
				.containsEntry("status", "RUNNING")
				.containsKey("leadOrganisationName");
			assertThat(project.get("leadOrganisationName")).isNotNull();
		});
		assertThat(items(stadt, "/api/v1/projects?status=PLANNED&q=" + encode("Stadtteilmütter"))).isEmpty();
		// the Landkreis's token never sees the city's project
		assertThat(items(Http.withToken(this.port, "demo-token-strategie"),
				"/api/v1/projects?q=" + encode("Stadtteilmütter")))
			.isEmpty();
		assertThat(stadt.get("/api/v1/projects?status=UNKNOWN").statusCode()).isEqualTo(400);
	}

	@Test
	void trainingsAndOpeningSupportOfTheOwnTenant() {
		Http stadt = stadtReader(Role.STRATEGY);
		assertThat(items(stadt, "/api/v1/support?q=" + encode("Förderanträge"))).singleElement()
			.satisfies((training) -> assertThat(training).containsEntry("title", "Förderanträge schreiben für Vereine")
				.containsEntry("audience", "MSO")
				.containsEntry("participantCount", 11));
		assertThat(items(stadt, "/api/v1/support?type=OPENING")).anySatisfy((opening) -> assertThat(opening)
			.containsEntry("what", "Beratung zur mehrsprachigen Anmeldung und zu Kursen mit Kinderbetreuung")
			.containsKey("organisationName"));
		assertThat(items(Http.withToken(this.port, "demo-token-strategie"), "/api/v1/support?type=OPENING"))
			.noneSatisfy((opening) -> assertThat(opening.get("what")).asString().contains("mehrsprachigen Anmeldung"));
		HttpResponse<String> wrongType = stadt.get("/api/v1/support?type=KURS", Map.of("Accept-Language", "en"));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("TRAINING").contains("OPENING");
		assertThat(stadt.get("/api/v1/support?type=OPENING&q=Kurs").statusCode()).isEqualTo(400);
	}

	@Test
	void committeesOfTheOwnTenantForTheCouncilsOfficeToo() {
		Http council = stadtReader(Role.COUNCIL_OFFICE);
		assertThat(items(council, "/api/v1/committees?q=" + encode("Runder Tisch"))).singleElement()
			.satisfies((committee) -> assertThat(committee).containsEntry("name", "Runder Tisch Integration Osnabrück")
				.containsEntry("officeRole", "Moderation")
				.doesNotContainKey("memberships"));
		assertThat(items(Http.withToken(this.port, "demo-token-strategie"),
				"/api/v1/committees?q=" + encode("Runder Tisch Integration Osnabrück")))
			.isEmpty();
	}

	@Test
	void anonymousCallersAndOtherRolesAreRefused() {
		for (String path : List.of("/api/v1/projects", "/api/v1/support", "/api/v1/committees")) {
			HttpResponse<String> anonymous = new Http(this.port).get(path);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(stadtReader(Role.PARTNER).get(path).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(stadtReader(Role.COUNCIL_OFFICE).get("/api/v1/projects").statusCode()).isEqualTo(403);
	}

	private Http stadtReader(Role role) {
		return Http.withToken(this.port, StatisticsUsers.create(this.context, "stadt-osnabrueck", role));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Http http, String path) {
		return (List<Map<String, Object>>) ApiLists.page(http, path).get("items");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
