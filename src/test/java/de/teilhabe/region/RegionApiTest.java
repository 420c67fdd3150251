package de.teilhabe.region;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions API on the real Gemeindeverzeichnis (Gebietsstand 31.12.2020, population
 * 31.12.2019).
 */
@IntegrationTest
class RegionApiTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/** An API client that reads problem details in English. */
	private Http englishApi() {
		return api().language("en");
	}

	private Http api() {
		return Http.withToken(this.port, "demo-token-strategie");
	}

	private Map<String, Object> object(String path) {
		HttpResponse<String> response = api().get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
		});
	}

	private List<Map<String, Object>> list(String path) {
		return ApiLists.all(api(), path);
	}

	@Test
	void landkreisOsnabrueckWithItsSummedPopulation() {
		Map<String, Object> kreis = object("/api/v1/regions/03459");
		assertThat(kreis).containsEntry("key", "03459")
			.containsEntry("ags", "03459")
			.containsEntry("ars", "03459")
			.containsEntry("name", "Osnabrück")
			.containsEntry("level", "KREIS")
			.containsEntry("parentKey", "034")
			.containsEntry("kind", "Landkreis")
			.containsEntry("gebietsstand", "2020-12-31");
		List<Map<String, Object>> gemeinden = list("/api/v1/regions/03459/children");
		long sum = gemeinden.stream().mapToLong((g) -> ((Number) g.get("population")).longValue()).sum();
		assertThat(((Number) kreis.get("population")).longValue()).isEqualTo(sum).isEqualTo(358_080L);
		assertThat(gemeinden).hasSize(34).allSatisfy((g) -> {
			assertThat(g).containsEntry("level", "GEMEINDE").containsEntry("parentKey", "03459");
			assertThat(g).containsKey("verbandKey");
		});
		assertThat(gemeinden).anySatisfy((g) -> assertThat(g).containsEntry("key", "03459024")
			.containsEntry("name", "Melle, Stadt")
			.containsEntry("population", 46_588)
			.containsEntry("verbandKey", null));
		assertThat(gemeinden)
			.anySatisfy((g) -> assertThat(g).containsEntry("key", "03459030").containsEntry("verbandKey", "034595401"));
	}

	@Test
	void melleHasItsFacts() {
		Map<String, Object> melle = object("/api/v1/regions/03459024");
		assertThat(melle).containsEntry("ags", "03459024")
			.containsEntry("ars", "034590024024")
			.containsEntry("level", "GEMEINDE")
			.containsEntry("parentKey", "03459")
			.containsEntry("verbandKey", null)
			.containsEntry("population", 46_588)
			.containsEntry("male", 23_090)
			.containsEntry("female", 23_498)
			.containsEntry("kind", "Stadt")
			.containsEntry("postcode", "49324")
			.containsEntry("urbanisation", "gering besiedelt");
		assertThat(((Number) melle.get("area")).doubleValue()).isEqualTo(253.95);
		assertThat(((Number) melle.get("latitude")).doubleValue()).isEqualTo(52.201721);
		assertThat(((Number) melle.get("longitude")).doubleValue()).isEqualTo(8.335672);
	}

	@Test
	void samtgemeindeArtlandAndItsMembers() {
		Map<String, Object> artland = object("/api/v1/regions/034595401");
		assertThat(artland).containsEntry("name", "Artland")
			.containsEntry("level", "GEMEINDEVERBAND")
			.containsEntry("kind", "Samtgemeinde")
			.containsEntry("parentKey", "03459")
			.containsEntry("ars", "034595401")
			.containsEntry("ags", null)
			.containsEntry("population", 4_577 + 2_439 + 2_986 + 13_442);
		List<Map<String, Object>> members = list("/api/v1/regions/034595401/children");
		assertThat(members).extracting((m) -> m.get("name"))
			.containsExactly("Badbergen", "Menslage", "Nortrup", "Quakenbrück, Stadt");
		assertThat(members).allSatisfy((m) -> assertThat(m).containsEntry("verbandKey", "034595401"));
	}

	@Test
	void niedersachsenAndItsStatistischeRegionen() {
		Map<String, Object> land = object("/api/v1/regions/03");
		assertThat(land).containsEntry("name", "Niedersachsen")
			.containsEntry("level", "LAND")
			.containsEntry("parentKey", null)
			.containsEntry("population", 7_993_608);
		List<Map<String, Object>> regionen = list("/api/v1/regions/03/children");
		assertThat(regionen).extracting((r) -> r.get("key")).containsExactly("031", "032", "033", "034");
		assertThat(regionen).allSatisfy((r) -> assertThat(r).containsEntry("level", "REGIERUNGSBEZIRK"));
		assertThat(regionen.stream().mapToLong((r) -> ((Number) r.get("population")).longValue()).sum())
			.isEqualTo(7_993_608L);
		assertThat(list("/api/v1/regions/034/children")).extracting((r) -> r.get("key")).contains("03404", "03459");
	}

	@Test
	void allLaenderTogether() {
		long germany = 0;
		for (int land = 1; land <= 16; land++) {
			germany += ((Number) object("/api/v1/regions/%02d".formatted(land)).get("population")).longValue();
		}
		assertThat(germany).isEqualTo(83_166_711L);
	}

	@Test
	void stadtOsnabrueckIsKreisAndGemeinde() {
		Map<String, Object> kreis = object("/api/v1/regions/03404");
		assertThat(kreis).containsEntry("level", "KREIS").containsEntry("kind", "kreisfreie Stadt");
		assertThat(list("/api/v1/regions/03404/children")).singleElement()
			.satisfies((g) -> assertThat(g).containsEntry("key", "03404000").containsEntry("population", 165_251));
		// the file's Gemeindeverband row of the kreisfreie Stadt is the same as its
		// Gemeinde
		assertThat(object("/api/v1/regions/034040000")).containsEntry("key", "03404000");
	}

	@Test
	void twelveDigitArsResolvesToTheGemeinde() {
		assertThat(object("/api/v1/regions/034595401030")).containsEntry("key", "03459030")
			.containsEntry("name", "Quakenbrück, Stadt");
		assertThat(object("/api/v1/regions/034590024024")).containsEntry("key", "03459024");
	}

	@Test
	void searchFindsMelleFirst() {
		List<Map<String, Object>> found = list("/api/v1/regions?q=Melle");
		assertThat(found.get(0)).containsEntry("key", "03459024");
		assertThat(list("/api/v1/regions?q=melle&level=GEMEINDE"))
			.allSatisfy((r) -> assertThat(r).containsEntry("level", "GEMEINDE"));
		assertThat(list("/api/v1/regions?q=Osnabrueck&level=KREIS")).extracting((r) -> r.get("key"))
			.containsExactly("03459", "03404");
		assertThat(list("/api/v1/regions?q=quakenbruck")).extracting((r) -> r.get("key")).contains("03459030");
		Map<String, Object> firstThree = ApiLists.page(api(), "/api/v1/regions?q=stadt&size=3");
		assertThat((List<?>) firstThree.get("items")).hasSize(3);
		assertThat(((Number) firstThree.get("totalItems")).intValue()).isGreaterThan(3);
		assertThat(list("/api/v1/regions?q=Xyzzyq")).isEmpty();
	}

	@Test
	void badInputIs400WithTheReason() {
		assertProblem(englishApi().get("/api/v1/regions/0345x"), 400, "digits only");
		assertProblem(englishApi().get("/api/v1/regions/0345"), 400, "has 4");
		assertProblem(englishApi().get("/api/v1/regions/0345912345678"), 400, "has 13");
		assertProblem(englishApi().get("/api/v1/regions/0345x/children"), 400, "digits only");
		assertProblem(englishApi().get("/api/v1/regions?q=M"), 400, "at least 2");
		assertProblem(englishApi().get("/api/v1/regions?q=Melle&level=STADT"), 400, "level");
		assertProblem(englishApi().get("/api/v1/regions?q=Melle&size=1000"), 400, "1 to 100 items");
		assertProblem(englishApi().get("/api/v1/regions?q=Melle&size=viele"), 400, "size");
		assertProblem(englishApi().get("/api/v1/regions"), 400, "q");
	}

	@Test
	void unknownIs404() {
		assertProblem(englishApi().get("/api/v1/regions/03999"), 404, "03999");
		assertProblem(englishApi().get("/api/v1/regions/03999/children"), 404, "03999");
		assertProblem(englishApi().get("/api/v1/regions/039990000999"), 404, "039990000999");
	}

	@Test
	void anonymousIs401() {
		assertThat(new Http(this.port).get("/api/v1/regions/03459").statusCode()).isEqualTo(401);
		assertThat(new Http(this.port).get("/api/v1/regions?q=Melle").statusCode()).isEqualTo(401);
	}

	@Test
	void everySignedInRoleMayRead() {
		assertThat(Http.withToken(this.port, "demo-token-lotse").get("/api/v1/regions/03459").statusCode())
			.isEqualTo(200);
		assertThat(Http.withToken(this.port, "demo-token-partner").get("/api/v1/regions?q=Melle").statusCode())
			.isEqualTo(200);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains(detail);
	}

}
