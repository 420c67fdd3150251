package de.teilhabe.guides;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo guide network of Landkreis Osnabrück: at least 40 guides in every state of the
 * lifecycle with the languages needed there, at least 15 open requests, the demo user
 * {@code lotse} bound to a profile with assignments, and the two pairs of requests at the
 * same time where one guide speaks both languages.
 */
@IntegrationTest
class DemoGuidesTest {

	@LocalServerPort
	int port;

	@Test
	void theDemoLandkreisHasAGuideNetworkWithOpenRequests() {
		Http coordinator = Http.withToken(this.port, "demo-token-koordination");
		List<Map<String, Object>> guides = ApiLists.all(coordinator, "/api/v1/guides");
		assertThat(guides.size()).isGreaterThanOrEqualTo(40);
		assertThat(guides.stream().map((guide) -> guide.get("state")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("INTERESTED", "FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE",
					"PAUSED", "ENDED");
		String all = guides.toString();
		for (String code : List.of("ar", "prs", "fa", "kmr", "ckb", "ti", "uk", "ru", "tr")) {
			assertThat(all).as(code).contains("code=" + code + ",");
		}
		List<Map<String, Object>> open = ApiLists.all(coordinator, "/api/v1/guide-requests?status=OPEN");
		assertThat(open.size()).isGreaterThanOrEqualTo(15);

		// lotse: bound to Leyla Haddad, with one assignment done and one commissioned
		// (GuidesJourneyBrowserTest, in the same context, adds one she accepted)
		List<Map<String, Object>> mine = ApiLists.all(Http.withToken(this.port, "demo-token-lotse"),
				"/api/v1/me/assignments");
		assertThat(mine).extracting((assignment) -> assignment.get("status")).contains("COMMISSIONED", "DONE");

		// the Tigrinya request in Quakenbrück: Yonas first (also the only one for the
		// Arabic request at the same time), Semhar second
		Map<String, Object> tigrinya = open.stream()
			.filter((request) -> "Q-2026-0412".equals(request.get("contactReference")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> arabic = open.stream()
			.filter((request) -> "Q-2026-0415".equals(request.get("contactReference")))
			.findFirst()
			.orElseThrow();
		assertThat(GuidesFixtures
			.jsonList(coordinator.get("/api/v1/guide-requests/" + tigrinya.get("id") + "/candidates")))
			.extracting((candidate) -> candidate.get("name"))
			.containsExactly("Yonas Tesfay", "Semhar Kidane");
		assertThat(
				GuidesFixtures.jsonList(coordinator.get("/api/v1/guide-requests/" + arabic.get("id") + "/candidates")))
			.extracting((candidate) -> candidate.get("name"))
			.containsExactly("Yonas Tesfay");
	}

}
