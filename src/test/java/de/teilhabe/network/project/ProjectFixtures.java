package de.teilhabe.network.project;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating projects through the form in tests.
 */
public final class ProjectFixtures {

	private ProjectFixtures() {
	}

	/** Creates an organisation of a kind as office and answers its id. */
	public static UUID createOrganisationOfKind(Http office, String name, String kind) {
		HttpResponse<String> response = NetworkFixtures.post(office, "/network/organisations/new",
				"/network/organisations", "kind", kind, "name", name, "city", "Melle", "ignoreDuplicates", "true");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return NetworkFixtures.idFrom(AccessFixtures.location(response), "/network/organisations/");
	}

	/**
	 * Creates a project as office (status RUNNING, field EDUCATION unless given) and
	 * answers its id.
	 * @param more further fields: name, value, ...
	 */
	public static UUID createProject(Http office, String title, String... more) {
		List<String> pairs = new ArrayList<>(List.of("title", title, "status", "RUNNING"));
		pairs.addAll(List.of(more));
		if (!pairs.contains("fieldsOfWork")) {
			pairs.addAll(List.of("fieldsOfWork", "EDUCATION"));
		}
		HttpResponse<String> response = NetworkFixtures.post(office, "/network/projects/new", "/network/projects",
				pairs.toArray(String[]::new));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return NetworkFixtures.idFrom(AccessFixtures.location(response), "/network/projects/");
	}

}
