package de.teilhabe.counselling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.AuditLog;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of clients as the benchmark made them (bench/counselling-load.sh): the
 * counsellor's own list keeps its order by name only while none of the clients changed,
 * and the search ranks the clients the counsellor reads first (decrypting only those) and
 * pages on through the others by client number, without names.
 */
@IntegrationTest
class ClientListOrderTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
	}

	@Test
	void theOwnListFollowsEveryChangeOfAName() {
		String suffix = uniqueName("");
		UUID adler = create(this.api, body("Olga", "Adler" + suffix, 1980));
		UUID becker = create(this.api, body("Oleh", "Becker" + suffix, 1981));
		UUID cramer = create(this.api, body("Omar", "Cramer" + suffix, 1982));
		assertThat(own()).containsExactly("Adler" + suffix, "Becker" + suffix, "Cramer" + suffix);
		// asked again unchanged: the same order
		assertThat(own()).containsExactly("Adler" + suffix, "Becker" + suffix, "Cramer" + suffix);

		assertThat(this.api
			.send("PUT", "/api/v1/counselling/clients/" + adler, "application/json",
					body("Olga", "Zorn" + suffix, 1980))
			.statusCode()).isEqualTo(200);
		assertThat(own()).containsExactly("Becker" + suffix, "Cramer" + suffix, "Zorn" + suffix);
		// twice in a row: each change counts
		this.api.send("PUT", "/api/v1/counselling/clients/" + cramer, "application/json",
				body("Omar", "Abel" + suffix, 1982));
		assertThat(own()).containsExactly("Abel" + suffix, "Becker" + suffix, "Zorn" + suffix);
		this.api.send("PUT", "/api/v1/counselling/clients/" + cramer, "application/json",
				body("Omar", "Yilmaz" + suffix, 1982));
		assertThat(own()).containsExactly("Becker" + suffix, "Yilmaz" + suffix, "Zorn" + suffix);
		// the page holds the birth year of each shown client
		Map<String, Object> first = items("/api/v1/counselling/clients").get(0);
		assertThat(first).containsEntry("id", becker.toString()).containsEntry("birthYear", 1981);
		// one read entry per client shown, and the chain intact after the batches
		assertThat(this.fixtures.readReasons(becker, this.counsellor.id())).hasSize(6).containsOnly("list");
		assertThat(this.audit.verify(this.counsellor.tenantId())).isNull();
	}

	@Test
	void theSearchRanksTheReadableClientsAndPagesOnThroughTheOthersByNumber() {
		String family = uniqueName("Darwish");
		UUID khaled = create(this.api, body("Khaled", family, 1970));
		UUID khalid = create(this.api, body("Khalid", family, 1971));
		TestUser colleague = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http other = this.fixtures.api(colleague);
		List<String> numbers = new ArrayList<>();
		for (int year = 1980; year < 1983; year++) {
			UUID id = create(other, body("Chalid", family, year));
			numbers.add((String) json(other.get("/api/v1/counselling/clients/" + id)).get("clientNumber"));
		}
		numbers.sort(null);
		String query = "/api/v1/counselling/clients?q=Khaled%20" + family;

		Map<String, Object> page = json(this.api.get(query + "&size=2"));
		assertThat(page).containsEntry("totalItems", 5).containsEntry("totalPages", 3);
		List<Map<String, Object>> readable = items(query + "&size=2");
		// the exact spelling first, then the other transliteration; both with names
		assertThat(readable).extracting((item) -> item.get("id")).containsExactly(khaled.toString(), khalid.toString());
		assertThat(readable).extracting((item) -> item.get("lastName")).containsOnly(family);

		// a page across the boundary: the last readable one, then the first of the others
		List<Map<String, Object>> across = items(query + "&size=3");
		assertThat(across).extracting((item) -> item.get("access"))
			.containsExactly("RESPONSIBLE", "RESPONSIBLE", "NONE");
		assertThat(across.get(2)).containsEntry("clientNumber", numbers.get(0));
		assertThat(across.get(2).get("firstName")).isNull();

		List<Object> others = new ArrayList<>();
		others.addAll(items(query + "&size=2&page=1").stream().map((item) -> item.get("clientNumber")).toList());
		others.addAll(items(query + "&size=2&page=2").stream().map((item) -> item.get("clientNumber")).toList());
		assertThat(others).containsExactlyElementsOf(numbers);
		assertThat(items(query + "&size=2&page=3")).isEmpty();
		// only the clients shown with names are audited as read
		assertThat(this.fixtures.readReasons(khalid, this.counsellor.id())).containsOnly("list").hasSize(3);
	}

	private List<String> own() {
		return items("/api/v1/counselling/clients").stream().map((item) -> (String) item.get("lastName")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(String path) {
		return (List<Map<String, Object>>) json(this.api.get(path)).get("items");
	}

}
