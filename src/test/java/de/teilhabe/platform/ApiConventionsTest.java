package de.teilhabe.platform;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.ContactFixtures;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API rules every module follows (docs/architecture.md, API rules): every list is
 * paged alike ({@code {items, page, size, totalItems, totalPages}}), takes {@code size}
 * up to 100 and refuses more with 400 problem+json saying the maximum. (Invalid bodies:
 * 422 with {@code errors: [{field, message}]}, see ConsentWithdrawalTest.)
 */
@IntegrationTest
class ApiConventionsTest {

	/** Every list under /api/v1 with a token that may read it (null: anonymous). */
	private static final Map<String, String> LISTS = Map.ofEntries(
			Map.entry("/api/v1/statistics/series", "demo-token-strategie"),
			Map.entry("/api/v1/statistics/imports", "demo-token-strategie"),
			Map.entry("/api/v1/indicators", "demo-token-strategie"),
			Map.entry("/api/v1/regions?q=Osnabr", "demo-token-strategie"),
			Map.entry("/api/v1/regions/03459/children", "demo-token-strategie"),
			Map.entry("/api/v1/audit", "demo-token-datenschutz"),
			Map.entry("/api/v1/organisations?tenant=landkreis-osnabrueck", ""),
			Map.entry("/api/v1/offers?tenant=landkreis-osnabrueck", ""),
			Map.entry("/api/v1/events?tenant=landkreis-osnabrueck", ""),
			Map.entry("/api/v1/languages?tenant=landkreis-osnabrueck", ""),
			Map.entry("/api/v1/public/landkreis-osnabrueck/de/pages", ""),
			Map.entry("/api/v1/public/landkreis-osnabrueck/de/search?q=Osnabrueck", ""),
			Map.entry("/api/v1/projects", "demo-token-strategie"), Map.entry("/api/v1/support", "demo-token-strategie"),
			Map.entry("/api/v1/support?type=OPENING", "demo-token-strategie"),
			Map.entry("/api/v1/committees", "demo-token-strategie"),
			Map.entry("/api/v1/strategy/goals", "demo-token-strategie"),
			Map.entry("/api/v1/strategy/measures", "demo-token-strategie"),
			Map.entry("/api/v1/strategy/measures?status=RUNNING", "demo-token-partner"),
			Map.entry("/api/v1/reports", "demo-token-strategie"),
			Map.entry("/api/v1/guides", "demo-token-koordination"),
			Map.entry("/api/v1/guides?state=ACTIVE", "demo-token-koordination"),
			Map.entry("/api/v1/guide-requests", "demo-token-koordination"),
			Map.entry("/api/v1/guide-requests?status=OPEN", "demo-token-koordination"),
			Map.entry("/api/v1/partner/guide-requests", "demo-token-partner"),
			Map.entry("/api/v1/partner/guide-requests?status=OPEN", "demo-token-partner"),
			Map.entry("/api/v1/guide-trainings", "demo-token-koordination"),
			Map.entry("/api/v1/me/assignments", "demo-token-lotse"),
			Map.entry("/api/v1/counselling/clients", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/clients?q=Mohammed", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/cases", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/cases?status=OPEN&kind=CASE_MANAGEMENT", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/cases?kind=SHORT_CONTACT", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/appointments", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/tasks", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/tasks?due=week", "demo-token-beratung"),
			// counselling referrals (issue 17): the partner's incoming ones, the
			// counsellor's outcome checks
			Map.entry("/api/v1/referrals/incoming", "demo-token-partner"),
			Map.entry("/api/v1/counselling/referrals/follow-ups", "demo-token-beratung"),
			// counselling discrimination (issue 17)
			Map.entry("/api/v1/counselling/discrimination-complaints", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/discrimination-complaints?unreviewed=true", "demo-token-beratung"),
			Map.entry("/api/v1/counselling/expert-consultations", "demo-token-beratung"));

	/** The lists of a case of the demo counsellor (beratung), after {@code {caseId}}. */
	private static final java.util.List<String> CASE_LISTS = java.util.List.of("/contacts", "/notes", "/tasks");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyListIsPagedAlike() {
		lists().forEach((path, token) -> {
			Http http = token.isEmpty() ? new Http(this.port) : Http.withToken(this.port, token);
			Map<String, Object> first = ApiLists.page(http, path + (path.contains("?") ? "&" : "?") + "size=2");
			assertThat(first).as(path).containsEntry("page", 0).containsEntry("size", 2);
			long total = ((Number) first.get("totalItems")).longValue();
			assertThat((List<?>) first.get("items")).as(path).hasSize((int) Math.min(2, total));
			assertThat(((Number) first.get("totalPages")).longValue()).as(path).isEqualTo((total + 1) / 2);
			// the audit log and the portal's search carry facts about the whole list
			if (!path.startsWith("/api/v1/audit") && !path.contains("/search?")) {
				assertThat(first.keySet()).as(path + ": nothing but the page")
					.containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
			}
			assertThat(ApiLists.all(http, path)).as(path).hasSize((int) total);
		});
	}

	@Test
	void aPageHoldsAtMost100Items() {
		lists().forEach((path, token) -> {
			Http http = token.isEmpty() ? new Http(this.port) : Http.withToken(this.port, token);
			String separator = path.contains("?") ? "&" : "?";
			assertThat(http.get(path + separator + "size=100").statusCode()).as(path).isEqualTo(200);
			HttpResponse<String> tooMany = http.get(path + separator + "size=101", Map.of("Accept-Language", "en"));
			assertThat(tooMany.statusCode()).as(path).isEqualTo(400);
			assertThat(tooMany.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(tooMany.body()).as(path).contains("100");
			assertThat(http.get(path + separator + "page=-1").statusCode()).as(path).isEqualTo(400);
		});
	}

	/** {@link #LISTS} and the lists of a case of a client of the demo counsellor. */
	private Map<String, String> lists() {
		UUID caseId = new ContactFixtures(this.jdbc).demoCase();
		Map<String, String> lists = new java.util.LinkedHashMap<>(LISTS);
		CASE_LISTS.forEach((list) -> lists.put("/api/v1/counselling/cases/" + caseId + list, "demo-token-beratung"));
		// counselling referrals (issue 17): a case's referrals
		lists.put("/api/v1/counselling/cases/" + caseId + "/referrals", "demo-token-beratung");
		return lists;
	}

}
