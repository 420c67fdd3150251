package de.teilhabe.network;

import java.util.UUID;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee and training lists are read page by page (50 a page), on the pages and in
 * the API alike: 51 entries of one search word (stored at once, as an office that has
 * kept records for years has them) show 50 on the first page with a link to the second,
 * which shows the last.
 */
@IntegrationTest
class ListPagingTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void committeesAndTrainingsArePaged() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		UUID tenantId = fixtures.access().tenantId(LANDKREIS);
		String word = unique("paging").toLowerCase(java.util.Locale.ROOT);
		this.jdbc.sql("""
				INSERT INTO council_committee (tenant_id, id, kind, name, classification, office_role, search_text,
				  created_at, modified_at)
				SELECT ?, gen_random_uuid(), 'NETWORK', 'Arbeitskreis ' || ? || ' ' || to_char(g, 'FM000'),
				  'Arbeitskreis', 'Mitglied', ? || ' ' || g, now(), now()
				FROM generate_series(1, 51) g""").params(tenantId, word, word).update();
		this.jdbc.sql("""
				INSERT INTO network_training (tenant_id, id, title, audience, held_on, search_text, created_at,
				  updated_at)
				SELECT ?, gen_random_uuid(), 'Schulung ' || ? || ' ' || to_char(g, 'FM000'), 'MSO',
				  DATE '2020-01-01' + g, ? || ' ' || g, now(), now()
				FROM generate_series(1, 51) g""").params(tenantId, word, word).update();
		Http office = fixtures.user(LANDKREIS, Role.STRATEGY);

		String committees = office.get("/network/committees?q=" + word).body();
		assertThat(committees).contains("51 Gremien gefunden")
			.contains("Arbeitskreis " + word + " 050")
			.doesNotContain("Arbeitskreis " + word + " 051")
			.contains("Seite 1 von 2")
			.contains("page=1");
		assertThat(office.get("/network/committees?q=" + word + "&page=1").body())
			.contains("Arbeitskreis " + word + " 051")
			.doesNotContain("Arbeitskreis " + word + " 050")
			.contains("Seite 2 von 2");

		// newest first: the oldest training is on the second page
		String trainings = office.get("/network/support?q=" + word).body();
		assertThat(trainings).contains("51 Schulungen gefunden")
			.contains("Schulung " + word + " 051")
			.doesNotContain("Schulung " + word + " 001")
			.contains("Seite 1 von 2");
		assertThat(office.get("/network/support?q=" + word + "&page=1").body()).contains("Schulung " + word + " 001")
			.doesNotContain("Schulung " + word + " 051");
		assertThat(office.get("/network/committees?page=-1").statusCode()).isEqualTo(400);

		Http api = Http.withToken(this.port, "demo-token-strategie");
		for (String list : new String[] { "/api/v1/committees", "/api/v1/support" }) {
			assertThat(ApiLists.page(api, list + "?q=" + word + "&size=50&page=1")).containsEntry("totalItems", 51)
				.containsEntry("totalPages", 2)
				.extractingByKey("items")
				.asList()
				.hasSize(1);
			assertThat(ApiLists.all(api, list + "?q=" + word)).hasSize(51);
		}
	}

}
