package de.teilhabe.guides.partner;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of partner organisations through the real HTTP layer: a PARTNER sees and makes
 * only its own organisation's requests (another organisation's and another tenant's
 * answer 404), the guide's name appears only once the guide accepted, an open request can
 * be cancelled once, the office sees the requesting organisation by name, bad input is
 * refused whole with field messages, and a PARTNER bound to no organisation is told so
 * (403).
 */
@IntegrationTest
class PartnerRequestsTest {

	private static final String STADT_KEY = "03404000";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDirectory users;

	@Autowired
	ApiTokens tokens;

	@Test
	void aPartnerSeesAndMakesOnlyItsOrganisationsRequestsAndTheGuidesNameOnceAccepted() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		UUID tenant = fixtures.access().tenantId(STADT);
		List<OrganisationSummary> two = this.organisations.list(tenant, new ApiPaging(0, 2)).items();
		assertThat(two).hasSize(2);
		OrganisationSummary own = two.get(0);
		TestUser partnerUser = partner(fixtures, own.id());
		Http partner = Http.withToken(this.port, token(partnerUser));
		Http other = Http.withToken(this.port, token(partner(fixtures, two.get(1).id())));
		String language = "yo";
		String contact = "P-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> made = partner.send("POST", "/api/v1/partner/guide-requests", "application/json",
				body(language, GuidesFixtures.thursday(0), contact));
		UUID request = created(made);
		assertThat(json(made)).containsEntry("status", "OPEN")
			.containsEntry("contactReference", contact)
			.containsEntry("guide", null);
		assertThat((List<?>) json(made).get("appointments")).hasSize(1);
		assertThat(ApiLists.all(partner, "/api/v1/partner/guide-requests")).extracting((item) -> item.get("id"))
			.contains(request.toString());

		// another organisation of the tenant, and the other tenant's partner, see nothing
		// of it
		assertThat(ApiLists.all(other, "/api/v1/partner/guide-requests")).extracting((item) -> item.get("id"))
			.doesNotContain(request.toString());
		assertThat(other.get("/api/v1/partner/guide-requests/" + request).statusCode()).isEqualTo(404);
		assertThat(other.send("POST", "/api/v1/partner/guide-requests/" + request + "/cancel", "application/json", "")
			.statusCode()).isEqualTo(404);
		assertThat(Http.withToken(this.port, "demo-token-partner")
			.get("/api/v1/partner/guide-requests/" + request)
			.statusCode()).isEqualTo(404);
		// the organisation is set by the account, not by the body
		assertThat(fixtures.access()
			.jdbc()
			.sql("SELECT requester_organisation_id FROM guide_request WHERE tenant_id = ? AND id = ?")
			.params(tenant, request)
			.query(UUID.class)
			.single()).isEqualTo(own.id());

		// the office sees who asked
		Http office = fixtures.session(STADT, Role.GUIDE_COORDINATOR);
		assertThat(office.get("/guides/requests/" + request).body()).contains("Angefragt von")
			.contains(escaped(own.name()));
		assertThat(office.get("/guides/requests?status=OPEN").body()).contains("Angefragt von " + escaped(own.name()));

		// and so does its API: the organisation's id and name, null for the office's own
		Http coordinator = fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		Map<String, Object> requester = Map.of("id", own.id().toString(), "name", own.name());
		assertThat(json(coordinator.get("/api/v1/guide-requests/" + request))).containsEntry("requester", requester);
		assertThat(ApiLists.all(coordinator, "/api/v1/guide-requests?status=OPEN"))
			.filteredOn((item) -> request.toString().equals(item.get("id")))
			.singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("requester", requester));
		// (a requester in the office's body is not taken)
		UUID officeRequest = created(coordinator.send("POST", "/api/v1/guide-requests", "application/json",
				body(language, GuidesFixtures.thursday(0), "O-1")));
		assertThat(json(coordinator.get("/api/v1/guide-requests/" + officeRequest))).containsEntry("requester", null);
		assertThat(coordinator
			.send("POST", "/api/v1/guide-requests/" + officeRequest + "/status", "application/json",
					"{\"status\": \"CANCELLED\"}")
			.statusCode()).isEqualTo(200);
		assertThat(new Http(this.port).get("/v3/api-docs").body()).contains("\"requester\":{\"$ref\"");

		// commissioned: no name yet; accepted: the name
		String name = "Partnerlotsin " + UUID.randomUUID().toString().substring(0, 6);
		UUID guide = created(coordinator.send("POST", "/api/v1/guides", "application/json",
				GuidesFixtures.guideBody(name, STADT_KEY, language)
					.replace("\"gemeinden\": [\"" + GuidesFixtures.QUAKENBRUECK + "\", \"" + STADT_KEY + "\"]",
							"\"gemeinden\": [\"" + STADT_KEY + "\"]")));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			assertThat(coordinator
				.send("POST", "/api/v1/guides/" + guide + "/state", "application/json",
						"{\"state\": \"" + state + "\"}")
				.statusCode()).isEqualTo(200);
		}
		HttpResponse<String> assigned = coordinator.send("POST", "/api/v1/guide-requests/" + request + "/assignments",
				"application/json", "{\"guideId\": \"" + guide + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		assertThat(json(partner.get("/api/v1/partner/guide-requests/" + request))).containsEntry("status", "ASSIGNED")
			.containsEntry("guide", null);
		Http partnerPages = Http.loggedIn(this.port, partnerUser.username(), AccessFixtures.PASSWORD);
		assertThat(partnerPages.get("/guides/partner/requests/" + request).body()).doesNotContain(name)
			.contains("noch niemand");
		@SuppressWarnings("unchecked")
		String assignment = (String) ((Map<String, Object>) json(coordinator.get("/api/v1/guide-requests/" + request))
			.get("assignment")).get("id");
		Http guideSession = fixtures.guideSession(STADT, guide);
		HttpResponse<String> accepted = AccessFixtures.post(guideSession, "/guides/me",
				"/guides/me/assignments/" + assignment + "/accept");
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(json(partner.get("/api/v1/partner/guide-requests/" + request))).containsEntry("guide",
				Map.of("name", name));
		assertThat(partnerPages.get("/guides/partner/requests").body()).contains(name).contains(contact);
		assertThat(partnerPages.get("/guides/partner/requests/" + request).body()).contains(name);
		// an assigned request is not the partner's to cancel
		assertThat(partner.send("POST", "/api/v1/partner/guide-requests/" + request + "/cancel", "application/json", "")
			.statusCode()).isEqualTo(409);

		// the partner cancels an open request of its own, once
		UUID second = created(partner.send("POST", "/api/v1/partner/guide-requests", "application/json",
				body(language, GuidesFixtures.thursday(3), contact)));
		String page = "/guides/partner/requests/" + second;
		assertThat(partnerPages.get(page).body()).contains("Anfrage absagen");
		HttpResponse<String> cancelled = AccessFixtures.post(partnerPages, page, page + "/cancel");
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(partnerPages.get(page).body()).contains("Die Begleitanfrage ist abgesagt.")
			.doesNotContain("Anfrage absagen");
		assertThat(json(partner.get("/api/v1/partner/guide-requests/" + second))).containsEntry("status", "CANCELLED");
		assertThat(partner.send("POST", "/api/v1/partner/guide-requests/" + second + "/cancel", "application/json", "")
			.statusCode()).isEqualTo(409);
		assertThat(fixtures.access().auditDetails("guides.request.status", second)).hasSize(1);
	}

	@Test
	void theDemoPartnerHasRequestsOneAcceptedByANamedGuide() {
		List<Map<String, Object>> demo = ApiLists.all(Http.withToken(this.port, "demo-token-partner"),
				"/api/v1/partner/guide-requests");
		assertThat(demo).extracting((item) -> item.get("contactReference"))
			.contains("BR-2026-014", "BR-2026-021", "BR-2026-023");
		Map<String, Object> accepted = demo.stream()
			.filter((item) -> "BR-2026-014".equals(item.get("contactReference")))
			.findFirst()
			.orElseThrow();
		assertThat(accepted).containsEntry("status", "ASSIGNED");
		assertThat(accepted.get("guide")).asString().contains("name=");
		assertThat(demo.stream().filter((item) -> "BR-2026-021".equals(item.get("contactReference"))).findFirst())
			.hasValueSatisfying((open) -> assertThat(open).containsEntry("guide", null));
	}

	@Test
	void badInputIsRefusedWholeWithTheFieldsNamed() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		UUID tenant = fixtures.access().tenantId(STADT);
		UUID organisation = this.organisations.list(tenant, new ApiPaging(0, 1)).items().get(0).id();
		TestUser user = partner(fixtures, organisation);
		Http pages = Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
		Http api = Http.withToken(this.port, token(user));
		long before = count(fixtures, tenant, organisation);

		assertThat(pages.get("/guides/partner/requests/new").body()).contains("Neue Begleitanfrage")
			.contains("Ihr eigenes Zeichen");
		HttpResponse<String> refused = AccessFixtures.post(pages, "/guides/partner/requests/new",
				"/guides/partner/requests", "languages", "xx", "gemeinde", "03459030", "date",
				GuidesFixtures.thursday(2).toString(), "starts", "12:00", "ends", "11:00", "contactReference", "P-1",
				"brief", "Kurz");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte nur Sprachen der Liste wählen.")
			.contains("Bitte nur Gemeinden Ihres Gebiets wählen.")
			.contains("Das Ende muss nach dem Beginn liegen.")
			.contains("Thema");
		HttpResponse<String> past = AccessFixtures.post(pages, "/guides/partner/requests/new",
				"/guides/partner/requests", "topic", "ORIENTATION", "languages", "ar", "gemeinde", STADT_KEY, "date",
				BerlinTime.today().minusDays(3).toString(), "starts", "10:00", "ends", "11:00", "place",
				"x".repeat(100_000));
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(past.body()).contains("Der Termin liegt in der Vergangenheit.");

		HttpResponse<String> invalid = api.language("en")
			.send("POST", "/api/v1/partner/guide-requests", "application/json", """
					{"topic": "ORIENTATION", "languages": ["ar"], "gemeinde": "%s", "date": "%s",
					 "starts": "10:00", "ends": "09:00", "recurrence": "WEEKLY"}""".formatted(STADT_KEY,
					GuidesFixtures.thursday(2)));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"field\":\"ends\"").contains("\"field\":\"repeatUntil\"");
		HttpResponse<String> empty = api.send("POST", "/api/v1/partner/guide-requests", "application/json", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("\"field\":\"topic\"")
			.contains("\"field\":\"languages\"")
			.contains("\"field\":\"gemeinde\"");
		assertThat(api
			.send("POST", "/api/v1/partner/guide-requests", "application/json",
					"{\"topic\": \"ORIENTATION\", \"place\": \"a\\u0000b\"}")
			.statusCode()).isEqualTo(422);
		assertThat(count(fixtures, tenant, organisation)).isEqualTo(before);
	}

	@Test
	void aPartnerBoundToNoOrganisationIsToldSo() {
		GuidesFixtures fixtures = new GuidesFixtures(this.context, this.port);
		TestUser user = fixtures.access().create(STADT, "partner", Role.PARTNER);
		HttpResponse<String> page = Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD)
			.get("/guides/partner/requests");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Ihr Konto gehört zu keiner Organisation.");
		HttpResponse<String> api = Http.withToken(this.port, token(user))
			.language("en")
			.get("/api/v1/partner/guide-requests");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("Your account belongs to no organisation.");
	}

	private TestUser partner(GuidesFixtures fixtures, UUID organisation) {
		TestUser user = fixtures.access().create(STADT, "partner", Role.PARTNER);
		assertThat(this.users.bindOrganisation(user.tenantId(), user.id(), organisation)).isTrue();
		return user;
	}

	private String token(TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.tokens.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return token;
	}

	private static long count(GuidesFixtures fixtures, UUID tenant, UUID organisation) {
		return fixtures.access()
			.jdbc()
			.sql("SELECT count(*) FROM guide_request WHERE tenant_id = ? AND requester_organisation_id = ?")
			.params(tenant, organisation)
			.query(Long.class)
			.single();
	}

	private static String body(String language, LocalDate day, String contact) {
		return """
				{"topic": "AUTHORITY", "languages": ["%s"], "gemeinde": "%s", "place": "Rathaus", "date": "%s",
				 "starts": "09:00", "ends": "11:00", "contactReference": "%s", "brief": "Termin beim Amt",
				 "requesterOrganisationId": "%s"}""".formatted(language, STADT_KEY, day, contact, UUID.randomUUID());
	}

	/** A name as Thymeleaf writes it into HTML text. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
