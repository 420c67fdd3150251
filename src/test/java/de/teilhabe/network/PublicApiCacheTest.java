package de.teilhabe.network;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.privacy.Consents;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous answers of the read API are kept (issue 11) but never stale: every change
 * of what they show (organisation, contact, consent, offer, event) shows in the next
 * answer; a signed-in caller is never answered from them, a tenant never gets another's,
 * and an unchanged answer is 304 for a client that has it.
 */
@IntegrationTest
class PublicApiCacheTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consents consents;

	@Autowired
	Tenants tenants;

	NetworkFixtures fixtures;

	Http office;

	Http anonymous;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.ADMIN);
		this.anonymous = new Http(this.port);
	}

	@Test
	void everyChangeOfWhatAnAnswerShowsIsInTheNextAnonymousAnswer() throws InterruptedException {
		String name = unique("Zwischenspeicherverein");
		UUID organisation = createOrganisation(this.office, name);
		String organisations = "/api/v1/organisations?tenant=" + LANDKREIS + "&q=" + encode(name);
		assertThat(answer(organisations)).contains(name).doesNotContain("Quakenbrück");
		assertThat(answer(organisations)).as("kept").contains(name).doesNotContain("Quakenbrück");

		// the organisation's fields
		assertThat(post(this.office, "/network/organisations/" + organisation + "/edit",
				"/network/organisations/" + organisation, "kind", "CLUB", "name", name, "city", "Quakenbrück")
			.statusCode()).isEqualTo(302);
		assertThat(answer(organisations)).contains("Quakenbrück").contains("\"CLUB\"");

		// a contact person who agreed to be shown
		String contactName = unique("Erika Zwischen");
		assertThat(post(this.office, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", "name", contactName, "function", "Vorsitz",
				"email", "erika@example.org", "publicContact", "true", "consentHow", "WRITTEN", "consentDate",
				"2026-01-10")
			.statusCode()).isEqualTo(302);
		assertThat(answer(organisations)).contains(contactName).contains("Vorsitz");

		// the contact changed outside this instance's requests (another instance, an
		// operator): within the counter's check interval
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(contactName)
			.query(UUID.class)
			.single();
		this.jdbc.sql("UPDATE network_contact SET function = 'Kassenwartin' WHERE id = ?").param(contact).update();
		assertThat(eventually(organisations, "Kassenwartin")).contains(contactName).doesNotContain("Vorsitz");

		// the consent withdrawn (by the privacy module, not through a request)
		UUID tenantId = this.fixtures.access().tenantId(LANDKREIS);
		UUID consent = this.consents.history(tenantId, "network-contact", contact.toString()).get(0).id();
		this.consents.withdraw(tenantId, consent, OffsetDateTime.now(), "test");
		assertThat(answer(organisations)).contains(name).doesNotContain(contactName);

		// an offer
		String offerTitle = unique("Zwischenkurs");
		String offers = "/api/v1/offers?tenant=" + LANDKREIS + "&q=" + encode(offerTitle);
		assertThat(answer(offers)).contains("\"totalItems\":0");
		createOffer(this.office, organisation, offerTitle);
		assertThat(answer(offers)).contains(offerTitle).contains("\"totalItems\":1");

		// an event, in the list and in the calendar feed
		String eventTitle = unique("Zwischenfest");
		String events = "/api/v1/events?tenant=" + LANDKREIS + "&q=" + encode(eventTitle);
		String feed = "/api/v1/events.ics?tenant=" + LANDKREIS;
		assertThat(answer(events)).contains("\"totalItems\":0");
		assertThat(answer(feed)).doesNotContain(eventTitle);
		assertThat(post(this.office, "/network/events/new", "/network/events", "category", "MEETING", "title",
				eventTitle, "date", "2030-03-04", "startTime", "18:00", "publicEvent", "true")
			.statusCode()).isEqualTo(302);
		assertThat(answer(events)).contains(eventTitle).contains("\"totalItems\":1");
		assertThat(answer(feed).replace("\r\n ", "")).contains("SUMMARY:" + eventTitle);
	}

	@Test
	void aSignedInCallerIsNeverAnsweredFromTheAnonymousAnswersNorAddsToThem() {
		TwoOrganisations both = organisationsInBothTenants("Tokenverein");
		String marker = both.marker();
		String landkreisName = both.landkreis();
		String stadtName = both.stadt();
		// a staff token of the Landkreis gets its own tenant's, whatever it names
		Http staff = Http.withToken(this.port, "demo-token-strategie");
		String path = "/api/v1/organisations?tenant=" + STADT + "&q=" + marker;

		HttpResponse<String> first = staff.get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains(landkreisName).doesNotContain(stadtName);
		HttpResponse<String> kept = this.anonymous.get(path);
		assertThat(kept.body()).as("the staff answer was not kept for anonymous callers")
			.contains(stadtName)
			.doesNotContain(landkreisName);
		assertThat(this.anonymous.get(path).body()).contains(stadtName).doesNotContain(landkreisName);
		String etag = kept.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = staff.get(path, Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).as("not the anonymous answer's 304").isEqualTo(200);
		assertThat(again.body()).as("not the anonymous answer").contains(landkreisName).doesNotContain(stadtName);
	}

	@Test
	void aTenantNeverGetsAnothersKeptAnswer() {
		TwoOrganisations both = organisationsInBothTenants("Mandantenverein");
		String landkreisTenant = this.tenants.findBySlug(LANDKREIS).orElseThrow().name();
		String stadtTenant = this.tenants.findBySlug(STADT).orElseThrow().name();
		for (int round = 0; round < 2; round++) {
			assertThat(answer("/api/v1/organisations?tenant=" + LANDKREIS + "&q=" + both.marker()))
				.contains(both.landkreis())
				.doesNotContain(both.stadt());
			assertThat(answer("/api/v1/organisations?tenant=" + STADT + "&q=" + both.marker())).contains(both.stadt())
				.doesNotContain(both.landkreis());
			assertThat(answer("/api/v1/organisations?tenant=%20" + STADT + "&q=" + both.marker()))
				.contains(both.stadt())
				.doesNotContain(both.landkreis());
			assertThat(answer("/api/v1/events.ics?tenant=" + LANDKREIS)).contains("Akteursnetzwerk " + landkreisTenant)
				.doesNotContain("Akteursnetzwerk " + stadtTenant);
			assertThat(answer("/api/v1/events.ics?tenant=" + STADT)).contains("Akteursnetzwerk " + stadtTenant)
				.doesNotContain("Akteursnetzwerk " + landkreisTenant);
		}
		String landkreisTag = this.anonymous.get("/api/v1/events.ics?tenant=" + LANDKREIS)
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(this.anonymous.get("/api/v1/events.ics?tenant=" + STADT, Map.of("If-None-Match", landkreisTag))
			.statusCode()).as("one tenant's ETag does not stand for another's answer").isEqualTo(200);
		// a tenant named twice is not taken for the first one
		assertThat(this.anonymous
			.get("/api/v1/organisations?tenant=" + STADT + "&tenant=" + LANDKREIS + "&q=" + both.marker())
			.body()).doesNotContain(both.stadt());
	}

	@Test
	void anUnchangedAnswerIs304ForAClientThatHasIt() {
		for (String path : new String[] { "/api/v1/organisations?tenant=" + LANDKREIS + "&size=20",
				"/api/v1/offers?tenant=" + STADT, "/api/v1/events?tenant=" + LANDKREIS + "&page=0",
				"/api/v1/events.ics?tenant=" + STADT }) {
			HttpResponse<String> first = this.anonymous.get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
			assertThat(etag).as("a strong ETag").matches("\"[0-9a-f]{32}\"");
			assertThat(first.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("no-cache").doesNotContain("no-store"));

			HttpResponse<String> kept = this.anonymous.get(path);
			assertThat(kept.headers().firstValue("ETag")).as(path).hasValue(etag);
			assertThat(kept.body()).as(path).isEqualTo(first.body());
			assertThat(kept.headers().firstValue("Content-Type")).as(path)
				.isEqualTo(first.headers().firstValue("Content-Type"));
			assertThat(kept.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(kept.headers().allValues("Set-Cookie")).as(path).isEmpty();

			HttpResponse<String> unchanged = this.anonymous.get(path, Map.of("If-None-Match", etag));
			assertThat(unchanged.statusCode()).as(path).isEqualTo(304);
			assertThat(unchanged.body()).as(path).isEmpty();
			assertThat(unchanged.headers().firstValue("ETag")).as(path).hasValue(etag);
			assertThat(this.anonymous.get(path, Map.of("If-None-Match", "\"0123\"")).statusCode()).as(path)
				.isEqualTo(200);
		}
		assertThat(this.anonymous.get("/api/v1/organisations?tenant=" + LANDKREIS + "&size=20")
			.headers()
			.firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(this.anonymous.get("/api/v1/events.ics?tenant=" + STADT).headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
	}

	/** Organisations of both tenants whose names share a marker (to search for). */
	private record TwoOrganisations(String marker, String landkreis, String stadt) {
	}

	private TwoOrganisations organisationsInBothTenants(String prefix) {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		TwoOrganisations both = new TwoOrganisations(marker, prefix + " " + marker + " Landkreis",
				prefix + " " + marker + " Stadt");
		createOrganisation(this.office, both.landkreis());
		createOrganisation(this.fixtures.user(STADT, Role.ADMIN), both.stadt());
		return both;
	}

	/** An anonymous answer that must be 200. */
	private String answer(String path) {
		HttpResponse<String> response = this.anonymous.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	/**
	 * The answer once it contains {@code expected}, waiting at most past one counter
	 * check.
	 */
	private String eventually(String path, String expected) throws InterruptedException {
		long deadline = System.nanoTime() + PublicContentCache.VERSION_CHECK.plus(Duration.ofSeconds(2)).toNanos();
		String body = answer(path);
		while (!body.contains(expected) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			body = answer(path);
		}
		assertThat(body).contains(expected);
		return body;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
