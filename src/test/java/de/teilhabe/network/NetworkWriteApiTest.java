package de.teilhabe.network;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.shared.security.Role;
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
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write API of the network: organisations, offers and events created and changed with
 * a staff token, with the checks, moderation and audit of the pages.
 */
@IntegrationTest
class NetworkWriteApiTest {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
	}

	@Test
	void theOfficeCreatesAndChangesAnOrganisationAnOfferAndAnEvent() {
		TestUser officeUser = this.fixtures.access().create(LANDKREIS, "api", Role.STRATEGY);
		Http office = token(officeUser);
		String name = unique("Sync-Verein");
		HttpResponse<String> created = office.send("POST", "/api/v1/organisations", JSON, """
				{"kind": "MSO", "name": "%s", "postcode": "49565", "city": "Bramsche",
				 "languages": ["de", "ar"], "regions": ["03459014"], "fieldsOfWork": ["FAMILY"],
				 "latitude": 52.41, "longitude": 7.98, "ignoreDuplicates": true}""".formatted(name));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		UUID organisation = idFrom(created.headers().firstValue("Location").orElseThrow(), "/api/v1/organisations/");
		assertThat(created.body()).contains("\"name\":\"" + name + "\"").contains("\"languages\":[\"de\",\"ar\"]");
		// the office's page shows it, and the audit log has it
		Http page = this.fixtures.login(officeUser);
		assertThat(page.get("/network/organisations/" + organisation).body()).contains(name)
			.contains("Arabisch – العربية");
		assertThat(audited("network.organisation.created", organisation)).isEqualTo(1);

		HttpResponse<String> changed = office.send("PUT", "/api/v1/organisations/" + organisation, JSON, """
				{"kind": "MSO", "name": "%s neu", "languages": "de, tr", "website": "https://sync.example.org"}"""
			.formatted(name));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(changed.body()).contains("\"name\":\"" + name + " neu\"").contains("\"website\":\"https://sync");
		// a PUT replaces every field: the place left out is gone
		assertThat(changed.body()).contains("\"city\":null");
		assertThat(audited("network.organisation.updated", organisation)).isEqualTo(1);

		HttpResponse<String> offer = office.send("POST", "/api/v1/offers", JSON, """
				{"organisationId": "%s", "kind": "LANGUAGE_COURSE", "title": "Deutsch am Abend",
				 "languages": ["de"], "regionKey": "03459014", "schedule": "Di 18–20 Uhr"}""".formatted(organisation));
		assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
		UUID offerId = idFrom(offer.headers().firstValue("Location").orElseThrow(), "/api/v1/offers/");
		HttpResponse<String> offerChanged = office.send("PUT", "/api/v1/offers/" + offerId, JSON, """
				{"kind": "LANGUAGE_COURSE", "title": "Deutsch am Morgen"}""");
		assertThat(offerChanged.statusCode()).as(offerChanged.body()).isEqualTo(200);
		assertThat(page.get("/network/offers/" + offerId).body()).contains("Deutsch am Morgen");

		HttpResponse<String> event = office.send("POST", "/api/v1/events", JSON, """
				{"category": "MEETING", "title": "Netzwerktreffen API", "date": "2027-03-04", "startTime": "18:00",
				 "endTime": "20:00", "publicEvent": false}""");
		assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
		UUID eventId = idFrom(event.headers().firstValue("Location").orElseThrow(), "/api/v1/events/");
		assertThat(event.body()).contains("\"organisationId\":null").contains("\"publicEvent\":false");
		HttpResponse<String> eventChanged = office.send("PUT", "/api/v1/events/" + eventId, JSON, """
				{"category": "MEETING", "title": "Netzwerktreffen API", "date": "2027-03-04", "startTime": "17:00"}""");
		assertThat(eventChanged.statusCode()).as(eventChanged.body()).isEqualTo(200);
		// 17:00 in Berlin (CET) is 16:00 UTC
		assertThat(eventChanged.body()).contains("\"startsAt\":\"2027-03-04T16:00:00Z\"");
	}

	@Test
	void anInvalidBodyIsA422NamingEachFieldInTheCallersLanguageAndNothingIsStored() {
		Http office = token(this.fixtures.access().create(LANDKREIS, "api", Role.ADMIN));
		String name = unique("Fehler-Sync");
		HttpResponse<String> german = office.send("POST", "/api/v1/organisations", JSON, """
				{"kind": "UFO", "name": "%s", "regions": ["03459999"], "languages": ["de", "xx"],
				 "website": "javascript:alert(1)", "note": "?", "tags": {"a": 1}}""".formatted(name));
		assertThat(german.statusCode()).as(german.body()).isEqualTo(422);
		assertThat(german.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		// the shape comes first: unknown fields and objects are named before the form's
		// checks
		assertThat(german.body()).contains("{\"field\":\"note\",\"message\":\"Dieses Feld gibt es nicht.\"}")
			.contains("\"field\":\"tags\"");

		HttpResponse<String> english = office.send(office.request("/api/v1/organisations")
			.header("Content-Type", JSON)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"kind": "UFO", "name": "%s", "regions": ["03459999"], "languages": ["de", "xx"],
					 "website": "javascript:alert(1)"}""".formatted(name)))
			.build());
		assertThat(english.statusCode()).as(english.body()).isEqualTo(422);
		assertThat(english.body())
			.contains("{\"field\":\"kind\",\"message\":\"Please choose one of the offered values.\"}")
			.contains("\"field\":\"regions\"")
			.contains("\"field\":\"languages\"")
			.contains("\"field\":\"website\"");
		assertThat(this.jdbc.sql("SELECT count(*) FROM network_organisation WHERE name = ?")
			.param(name)
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> noTitle = office.send("POST", "/api/v1/events", JSON, "{\"category\": \"MEETING\"}");
		assertThat(noTitle.statusCode()).isEqualTo(422);
		assertThat(noTitle.body()).contains("{\"field\":\"title\",\"message\":\"Bitte ausfüllen.\"}");
	}

	@Test
	void aPartnersChangeWaitsForModerationAndOtherEntriesAreNotFound() {
		Http office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		String name = unique("Partner-Sync");
		UUID own = createOrganisation(office, name);
		UUID other = createOrganisation(office, unique("Fremd-Sync"));
		UUID otherOffer = createOffer(office, other, "Fremdes Angebot");
		Http partner = token(this.fixtures.partner(LANDKREIS, own));

		HttpResponse<String> proposed = partner.send("PUT", "/api/v1/organisations/" + own, JSON, """
				{"kind": "MSO", "name": "%s (vorgeschlagen)"}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(202);
		assertThat(proposed.body()).contains("\"status\":\"PENDING_APPROVAL\"").contains("\"id\":\"" + own + "\"");
		// live unchanged until the office approves; the queue has it
		assertThat(office.get("/network/organisations/" + own).body())
			.contains("<h1 class=\"kern-heading\">" + name + "</h1>");
		assertThat(office.get("/network/moderation").body()).contains(name + " (vorgeschlagen)");
		assertThat(audited("network.change.submitted", null)).isPositive();

		HttpResponse<String> newOffer = partner.send("POST", "/api/v1/offers", JSON, """
				{"organisationId": "%s", "kind": "COUNSELLING", "title": "Beratung per API"}""".formatted(own));
		assertThat(newOffer.statusCode()).as(newOffer.body()).isEqualTo(202);

		assertThat(partner.send("PUT", "/api/v1/organisations/" + other, JSON, "{\"kind\":\"MSO\",\"name\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(
				partner.send("PUT", "/api/v1/offers/" + otherOffer, JSON, "{\"kind\":\"COUNSELLING\",\"title\":\"x\"}")
					.statusCode())
			.isEqualTo(404);
		assertThat(partner
			.send("POST", "/api/v1/offers", JSON,
					"{\"organisationId\":\"" + other + "\",\"kind\":\"COUNSELLING\",\"title\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(
				partner.send("POST", "/api/v1/organisations", JSON, "{\"kind\":\"MSO\",\"name\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(
				partner.send("POST", "/api/v1/events", JSON, "{\"category\":\"MEETING\",\"title\":\"x\"}").statusCode())
			.isEqualTo(404);

		// the other tenant's office does not find the entries
		Http stadt = token(this.fixtures.access().create(STADT, "api", Role.ADMIN));
		assertThat(stadt.send("PUT", "/api/v1/offers/" + otherOffer, JSON, "{\"kind\":\"COUNSELLING\",\"title\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(stadt.send("PUT", "/api/v1/organisations/" + own, JSON, "{\"kind\":\"MSO\",\"name\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(stadt
			.send("POST", "/api/v1/offers", JSON,
					"{\"organisationId\":\"" + own + "\",\"kind\":\"COUNSELLING\",\"title\":\"x\"}")
			.statusCode()).isEqualTo(404);
	}

	private Http token(TestUser user) {
		String token = "write-api-" + UUID.randomUUID();
		this.context.getBean(ApiTokens.class)
			.store(user.tenantId(), user.id(), "Sync", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return Http.withToken(this.port, token);
	}

	private long audited(String action, UUID record) {
		if (record == null) {
			return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ?")
				.param(action)
				.query(Long.class)
				.single();
		}
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND record_id = ?")
			.params(action, record.toString())
			.query(Long.class)
			.single();
	}

}
