package de.teilhabe.privacy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawing a consent on the person's behalf (they have no account): the office on the
 * organisation's page and the consent's page, the PRIVACY_OFFICER from the person's page
 * or the API; recorded with time and who, audited, the data no longer used; a second
 * withdrawal is 409.
 */
@IntegrationTest
class ConsentWithdrawalTest {

	private static final Pattern WITHDRAW_LINK = Pattern
		.compile("href=\"/privacy/consents/([0-9a-f-]{36})/withdrawal\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures network;

	PrivacyFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.network = new NetworkFixtures(this.context, this.port);
		this.fixtures = PrivacyFixtures.of(this.context);
	}

	@Test
	void theOfficeRecordsAWithdrawalOnTheContactsBehalfAndTheDataIsNoLongerShown() {
		Http office = this.network.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		String organisationName = unique("Widerrufsverein");
		UUID organisation = createOrganisation(office, organisationName);
		String name = unique("Wilma Widerruf");
		addContact(office, organisation, name);

		String page = office.get("/network/organisations/" + organisation).body();
		assertThat(page).contains("Einwilligung widerrufen: " + name);
		UUID consent = consentLinkedFrom(page);

		String consentPage = office.get("/privacy/consents/" + consent + "/withdrawal").body();
		assertThat(consentPage).contains("Ansprechperson einer Organisation: " + name + " (" + organisationName + ")")
			.contains("Kontaktdaten im Akteursnetzwerk")
			.contains("schriftlich")
			.contains("gültig")
			.contains("beim nächsten nächtlichen Lauf gelöscht")
			.contains("Einwilligung widerrufen");

		HttpResponse<String> unconfirmed = office.submit("/privacy/consents/" + consent + "/withdrawal",
				"/privacy/consents/" + consent + "/withdrawal", Map.of("note", "per Brief"));
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie den Widerruf.").contains("per Brief");
		assertThat(this.network.access().auditDetails("consent.withdrawn", consent)).isEmpty();

		HttpResponse<String> future = office.submit("/privacy/consents/" + consent + "/withdrawal",
				"/privacy/consents/" + consent + "/withdrawal", Map.of("withdrawnOn", "2999-01-01", "confirm", "true"));
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body())
			.contains("Das Datum darf nicht in der Zukunft und nicht vor der Einwilligung liegen.");

		HttpResponse<String> withdrawn = office.submit("/privacy/consents/" + consent + "/withdrawal",
				"/privacy/consents/" + consent + "/withdrawal", Map.of("note", "per Brief", "confirm", "true"));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		String after = office.get("/privacy/consents/" + consent + "/withdrawal").body();
		assertThat(after).contains("Der Widerruf ist erfasst.")
			.containsPattern("widerrufen am \\d{2}\\.\\d{2}\\.\\d{4}")
			.contains("erfasst von Test ")
			.contains("per Brief")
			.doesNotContain("id=\"withdrawal-form\"");

		// recorded with who and when, audited
		Map<String, Object> stored = this.jdbc
			.sql("SELECT withdrawn_at, withdrawn_by, withdrawal_note FROM consent_record WHERE id = ?")
			.param(consent)
			.query()
			.singleRow();
		assertThat(stored.get("withdrawn_at")).isNotNull();
		assertThat(stored.get("withdrawn_by")).isNotNull();
		assertThat(
				this.jdbc.sql("SELECT actor_id FROM audit_event WHERE action = 'consent.withdrawn' AND record_id = ?")
					.param(consent.toString())
					.query(UUID.class)
					.single())
			.isEqualTo(stored.get("withdrawn_by"));

		// the data that rested on the consent is no longer shown or handed out
		String organisationPage = office.get("/network/organisations/" + organisation).body();
		assertThat(organisationPage).doesNotContain(name).contains("widerrufen");
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		assertThat(office.get("/network/contacts/" + contact + "/vcard").statusCode()).isEqualTo(404);

		// a second withdrawal is a conflict, the first one stays
		HttpResponse<String> again = office.submit("/network/organisations/" + organisation,
				"/privacy/consents/" + consent + "/withdrawal", Map.of("confirm", "true"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("Diese Einwilligung wurde bereits widerrufen.");
		assertThat(this.network.access().auditDetails("consent.withdrawn", consent)).hasSize(1);
	}

	@Test
	void theApiWithdrawsOnceThenAnswers409AndOnlyPermittedRolesOfTheTenantMayCallIt() {
		Http office = this.network.user(NetworkFixtures.LANDKREIS, Role.ADMIN);
		UUID organisation = createOrganisation(office, unique("API-Widerrufsverein"));
		String name = unique("Anton Api");
		addContact(office, organisation, name);
		UUID consent = consentLinkedFrom(office.get("/network/organisations/" + organisation).body());

		PrivacyFixtures.TestUser counsellor = this.fixtures.user(PrivacyFixtures.LANDKREIS, "COUNSELLOR");
		assertThat(withdraw(counsellor.token(), consent, null).statusCode()).isEqualTo(403);
		PrivacyFixtures.TestUser stadtOfficer = this.fixtures.user(PrivacyFixtures.STADT, "PRIVACY_OFFICER");
		assertThat(withdraw(stadtOfficer.token(), consent, null).statusCode()).isEqualTo(404);
		PrivacyFixtures.TestUser officer = this.fixtures.user(PrivacyFixtures.LANDKREIS, "PRIVACY_OFFICER");
		HttpResponse<String> future = withdraw(officer.token(), consent,
				"{\"withdrawnAt\": \"2999-01-01T00:00:00+01:00\"}");
		// a body that was read but cannot be accepted: 422 naming the field, in the
		// reader's language
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(future.body()).contains(
				"\"errors\":[{\"field\":\"withdrawnAt\",\"message\":\"Das Datum darf nicht in der Zukunft und nicht vor der Einwilligung liegen.\"}]");
		Http api = Http.withToken(this.port, officer.token());
		HttpResponse<String> longNote = api.send(api.request("/api/v1/privacy/consents/" + consent + "/withdrawal")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"" + "x".repeat(1001) + "\"}"))
			.build());
		assertThat(longNote.statusCode()).as(longNote.body()).isEqualTo(422);
		assertThat(longNote.body()).contains("\"field\":\"note\"").contains("1000 characters");
		assertThat(withdraw(officer.token(), consent, "{not json").statusCode()).isEqualTo(400);

		HttpResponse<String> done = withdraw(officer.token(), consent, "{\"note\": \"telefonisch\"}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("\"withdrawnAt\"")
			.contains("\"withdrawnBy\":\"Test " + officer.username() + "\"")
			.contains("\"withdrawalNote\":\"telefonisch\"")
			.contains("network-contact");

		HttpResponse<String> again = withdraw(officer.token(), consent, null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(again.body()).contains("bereits widerrufen");
		assertThat(new Http(this.port).send("POST", "/api/v1/privacy/consents/" + consent + "/withdrawal", null, null)
			.statusCode()).isEqualTo(401);

		// a consent of a subject type the office does not record: not found for it, the
		// officer withdraws it
		UUID landkreis = this.fixtures.tenant(PrivacyFixtures.LANDKREIS);
		ConsentRecord client = this.fixtures.consent(landkreis, "client", "c-" + UUID.randomUUID(),
				this.fixtures.purpose(landkreis));
		PrivacyFixtures.TestUser strategy = this.fixtures.user(PrivacyFixtures.LANDKREIS, "STRATEGY");
		assertThat(withdraw(strategy.token(), client.id(), null).statusCode()).isEqualTo(404);
		assertThat(withdraw(officer.token(), client.id(), null).statusCode()).isEqualTo(200);
	}

	@Test
	void thePrivacyOfficerFindsThePersonsConsentsAndWithdrawsFromThere() {
		Http office = this.network.user(NetworkFixtures.LANDKREIS, Role.STRATEGY);
		UUID organisation = createOrganisation(office, unique("Personenverein"));
		String name = unique("Paula Person");
		addContact(office, organisation, name);
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();

		PrivacyFixtures.TestUser officer = this.fixtures.user(PrivacyFixtures.LANDKREIS, "PRIVACY_OFFICER");
		Http session = Http.loggedIn(this.port, officer.username(), PrivacyFixtures.PASSWORD);
		String subject = session.get("/privacy/subjects?type=network-contact&id=" + contact).body();
		assertThat(subject).contains("id=\"subject-consents\"")
			.contains("Kontaktdaten im Akteursnetzwerk")
			.contains("gültig");
		UUID consent = consentLinkedFrom(subject);
		HttpResponse<String> withdrawn = session.submit("/privacy/consents/" + consent + "/withdrawal",
				"/privacy/consents/" + consent + "/withdrawal", Map.of("confirm", "true"));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(session.get("/privacy/subjects?type=network-contact&id=" + contact).body())
			.containsPattern("widerrufen am \\d{2}\\.\\d{2}\\.\\d{4}");
		assertThat(session.language("en").get("/privacy/consents/" + consent + "/withdrawal").body())
			.contains("recorded by Test " + officer.username());
	}

	private HttpResponse<String> withdraw(String token, UUID consent, String json) {
		return Http.withToken(this.port, token)
			.send("POST", "/api/v1/privacy/consents/" + consent + "/withdrawal",
					(json != null) ? "application/json" : null, json);
	}

	private static void addContact(Http office, UUID organisation, String name) {
		HttpResponse<String> added = post(office, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", "name", name, "email", "kontakt@example.org",
				"consentHow", "WRITTEN", "consentDate", "2026-01-10");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	private static UUID consentLinkedFrom(String page) {
		Matcher link = WITHDRAW_LINK.matcher(page);
		assertThat(link.find()).as("a link to the consent's page").isTrue();
		return UUID.fromString(link.group(1));
	}

}
