package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.retention.CaseAnonymisation;
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

import static de.teilhabe.counselling.ContactFixtures.today;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals of a case to an organisation of the network (issue 17): the packet limited to
 * what the client's consent covers (refused naming the missing consent; the preview shows
 * exactly the values sent), the partner organisation seeing only its own active
 * referrals, the moves of the state (invalid ones 409), the outcome check, the audit
 * entries, the Art. 15 recipients, the retention hook and no plaintext at rest.
 */
@IntegrationTest
class ReferralApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CounsellingFixtures fixtures;

	JdbcClient jdbc;

	TestUser counsellor;

	Http api;

	UUID client;

	UUID caseId;

	String firstName;

	String lastName;

	UUID mso;

	UUID otherMso;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.jdbc = this.fixtures.jdbc();
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.api = this.fixtures.api(this.counsellor);
		this.firstName = uniqueName("Vermittelt");
		this.lastName = uniqueName("Weitergabe");
		this.client = CounsellingFixtures.create(this.api, """
				{"firstName": "%s", "lastName": "%s", "birthYear": 1991, "phone": "030 23125 777",
				 "email": "referral-test@example.org", "languages": ["ar", "de"], "germanLevel": "A2",
				 "residenceStatus": "PROTECTION", "confirmDuplicate": true}""".formatted(this.firstName,
				this.lastName));
		this.caseId = new ContactFixtures(this.jdbc).openCase(this.client, this.counsellor.id());
		this.jdbc.sql("UPDATE counselling_case SET topics = '{HOUSING}' WHERE id = ?").param(this.caseId).update();
		Http office = new NetworkFixtures(this.context, this.port).user(CounsellingFixtures.LANDKREIS, Role.STRATEGY);
		this.mso = NetworkFixtures.createOrganisation(office, NetworkFixtures.unique("Vermittlungsziel Verein"));
		this.otherMso = NetworkFixtures.createOrganisation(office, NetworkFixtures.unique("Anderer Verein"));
	}

	private String base() {
		return "/api/v1/counselling/cases/" + this.caseId + "/referrals";
	}

	private String body(UUID organisation, String description, String... categories) {
		return """
				{"organisationId": "%s", "categories": [%s], "description": "%s", "reason": "Grund %s"}""".formatted(
				organisation, String.join(", ", List.of(categories).stream().map((c) -> "\"" + c + "\"").toList()),
				description, this.lastName);
	}

	private String consent(String purpose) {
		HttpResponse<String> response = this.api.send("POST",
				"/api/v1/counselling/clients/" + this.client + "/consents", "application/json",
				"{\"purpose\": \"" + purpose + "\", \"language\": \"de\", \"how\": \"WRITTEN\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return (String) json(response).get("id");
	}

	private UUID send(UUID organisation) {
		HttpResponse<String> sent = this.api.send("POST", base(), "application/json",
				body(organisation, "Sucht Unterstützung", "NAME_AND_CONTACT", "LANGUAGES", "CONCERN"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		return UUID.fromString((String) json(sent).get("id"));
	}

	@SuppressWarnings("unchecked")
	private static List<List<String>> lines(Map<String, Object> answer) {
		return ((List<Map<String, Object>>) answer.get("packet")).stream()
			.map((line) -> List.of((String) line.get("field"), (String) line.get("value")))
			.toList();
	}

	@Test
	void thePacketIsLimitedToWhatTheConsentCoversAndSentAsPreviewed() {
		String description = uniqueName("Sucht eine Wohnung in Bramsche ");
		String packet = body(this.mso, description, "NAME_AND_CONTACT", "LANGUAGES", "CONCERN");
		// no consent to passing on yet: the preview says so, the send is refused naming
		// the consent
		Map<String, Object> preview = json(this.api.send("POST", base() + "/preview", "application/json", packet));
		assertThat(preview).containsEntry("sendable", false);
		assertThat(preview.get("missing").toString()).contains("„Weitergabe bei einer Vermittlung“");
		HttpResponse<String> refused = this.api.send("POST", base(), "application/json", packet);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"categories\"")
			.contains("Name und Kontaktdaten")
			.contains("Weitergabe bei einer Vermittlung");
		assertThat(count()).isZero();

		consent("counselling.referral");
		preview = json(this.api.send("POST", base() + "/preview", "application/json", packet));
		assertThat(preview).containsEntry("sendable", true);
		assertThat(lines(preview)).containsExactly(List.of("firstName", this.firstName),
				List.of("lastName", this.lastName), List.of("phone", "030 23125 777"),
				List.of("email", "referral-test@example.org"), List.of("languages", "Arabisch – العربية, Deutsch"),
				List.of("topics", "Wohnen"), List.of("description", description));
		// nothing else of the client is in it
		assertThat(preview.toString()).doesNotContain("1991").doesNotContain("A2").doesNotContain("Schutz");

		// the birth year is covered by no consent, the residence status not for this
		// organisation
		HttpResponse<String> more = this.api.send("POST", base(), "application/json",
				body(this.mso, description, "NAME_AND_CONTACT", "BIRTH_YEAR", "RESIDENCE_STATUS"));
		assertThat(more.statusCode()).isEqualTo(422);
		assertThat(more.body()).contains("Geburtsjahr").contains("Aufenthaltsstatus");
		HttpResponse<String> english = this.fixtures.api(this.counsellor)
			.language("en")
			.send("POST", base(), "application/json", body(this.mso, description, "BIRTH_YEAR"));
		assertThat(english.body()).contains("Year of birth");
		assertThat(count()).isZero();

		// a packet changed since the preview is not sent
		String stale = packet.replace("}", ", \"previewHash\": \"" + "0".repeat(64) + "\"}");
		assertThat(this.api.send("POST", base(), "application/json", stale).statusCode()).isEqualTo(409);
		String fresh = packet.replace("}", ", \"previewHash\": \"" + preview.get("previewHash") + "\"}");
		HttpResponse<String> sent = this.api.send("POST", base(), "application/json", fresh);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		Map<String, Object> referral = json(sent);
		assertThat(referral).containsEntry("status", "PENDING")
			.containsEntry("followUpOn", today().plusDays(14).toString())
			.containsEntry("reason", "Grund " + this.lastName);
		assertThat(lines(referral)).isEqualTo(lines(preview));
		assertThat(count()).isEqualTo(1);

		// as stored: the same packet, even after the client's data changed
		this.jdbc.sql("UPDATE counselling_case SET topics = '{WORK}' WHERE id = ?").param(this.caseId).update();
		Map<String, Object> stored = json(this.api.get(base() + "/" + referral.get("id")));
		assertThat(lines(stored)).isEqualTo(lines(preview));
		assertThat(stored).containsEntry("consentsValid", true);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.referral.sent' "
					+ "AND record_id = ? AND actor_id = ?")
			.params(referral.get("id").toString(), this.counsellor.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new ContactFixtures(this.jdbc).reasons("counselling.referral.read",
				UUID.fromString((String) referral.get("id")), this.counsellor.id()))
			.contains("referral");
		assertThat(json(this.api.get(base())).get("totalItems")).isEqualTo(1);
		assertThat(new ContactFixtures(this.jdbc).reasons("counselling.case.referrals.read", this.caseId,
				this.counsellor.id()))
			.containsExactly("referrals");
	}

	@Test
	void badInputIsNamedAndNeverA5xx() {
		consent("counselling.referral");
		HttpResponse<String> wrong = this.api.send("POST", base(), "application/json",
				"{\"organisationId\": \"kein-verein\", \"categories\": [\"NOPE\"], \"followUpOn\": \"1999-01-01\"}");
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"organisationId\"")
			.contains("\"field\":\"categories\"")
			.contains("\"field\":\"followUpOn\"");
		HttpResponse<String> unknown = this.api.send("POST", base(), "application/json",
				body(UUID.randomUUID(), "x", "CONCERN"));
		assertThat(unknown.body()).contains("\"field\":\"organisationId\"");
		HttpResponse<String> noDescription = this.api.send("POST", base(), "application/json",
				body(this.mso, " ", "CONCERN"));
		assertThat(noDescription.body()).contains("\"field\":\"description\"");
		HttpResponse<String> nul = this.api.send("POST", base(), "application/json",
				body(this.mso, "Wohnung\\u0000suche", "CONCERN"));
		assertThat(nul.statusCode()).isEqualTo(422);
		HttpResponse<String> huge = this.api.send("POST", base(), "application/json",
				body(this.mso, "x".repeat(100_000), "CONCERN"));
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("\"field\":\"description\"");
		assertThat(this.api.send("POST", base(), "application/json", "{\"categories\": {\"a\": 1}}").statusCode())
			.isEqualTo(422);
		assertThat(this.api.send("POST", base(), "application/json", "{kaputt").statusCode()).isBetween(400, 499);
		assertThat(count()).isZero();
		// a closed case, a short contact: nothing to refer (409); another counsellor 403;
		// unknown 404
		TestUser other = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		assertThat(this.fixtures.api(other).get(base()).statusCode()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/counselling/cases/" + UUID.randomUUID() + "/referrals").statusCode())
			.isEqualTo(404);
		new ContactFixtures(this.jdbc).close(this.caseId);
		HttpResponse<String> closed = this.api.send("POST", base(), "application/json",
				body(this.mso, "x", "NAME_AND_CONTACT"));
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(closed.body()).contains("abgeschlossen");
	}

	@Test
	void aPartnerSeesOnlyItsOwnActiveReferralsAndAnswersThem() {
		String consent = consent("counselling.referral");
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		TestUser partner = network.partner(CounsellingFixtures.LANDKREIS, this.mso);
		TestUser otherPartner = network.partner(CounsellingFixtures.LANDKREIS, this.otherMso);
		Http partnerApi = this.fixtures.api(partner);
		Http otherApi = this.fixtures.api(otherPartner);
		UUID first = send(this.mso);
		UUID second = send(this.mso);
		UUID third = send(this.mso);
		UUID elsewhere = send(this.otherMso);
		String incoming = "/api/v1/referrals/incoming/";

		Map<String, Object> list = json(partnerApi.get("/api/v1/referrals/incoming"));
		assertThat(list.get("totalItems")).isEqualTo(3);
		assertThat(list.toString()).contains(first.toString(), second.toString(), third.toString())
			.doesNotContain(elsewhere.toString())
			.contains(this.lastName)
			.doesNotContain("Grund " + this.lastName);
		Map<String, Object> one = json(partnerApi.get(incoming + first));
		assertThat(lines(one)).contains(List.of("lastName", this.lastName));
		assertThat(otherApi.get(incoming + first).statusCode()).isEqualTo(404);
		assertThat(partnerApi.get(incoming + elsewhere).statusCode()).isEqualTo(404);
		assertThat(partnerApi.get(incoming + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'counselling.referral.incoming.read' "
					+ "AND actor_id = ? AND record_id = ?")
			.params(partner.id(), first.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// pending: done is no move (409), accept is; accepted: reject is no move, done
		// needs an outcome
		HttpResponse<String> early = partnerApi.send("POST", incoming + first + "/done", "application/json",
				"{\"note\": \"fertig\"}");
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("gesendet, noch ohne Antwort").contains("erledigt");
		assertThat(json(partnerApi.send("POST", incoming + first + "/accept", "application/json", "")))
			.containsEntry("status", "ACCEPTED");
		assertThat(partnerApi.send("POST", incoming + first + "/accept", "application/json", "").statusCode())
			.isEqualTo(409);
		assertThat(partnerApi.send("POST", incoming + first + "/reject", "application/json", "{}").statusCode())
			.isEqualTo(409);
		HttpResponse<String> noOutcome = partnerApi.send("POST", incoming + first + "/done", "application/json", "{}");
		assertThat(noOutcome.statusCode()).isEqualTo(422);
		assertThat(noOutcome.body()).contains("\"field\":\"note\"");
		String outcome = uniqueName("Platz im Elterncafe ab Januar ");
		assertThat(json(partnerApi.send("POST", incoming + first + "/done", "application/json",
				"{\"note\": \"" + outcome + "\"}")))
			.containsEntry("status", "DONE");
		// done, rejected or revoked: gone for the partner
		assertThat(partnerApi.get(incoming + first).statusCode()).isEqualTo(404);
		assertThat(partnerApi
			.send("POST", incoming + second + "/reject", "application/json", "{\"note\": \"Kein Platz frei\"}")
			.statusCode()).isEqualTo(200);
		assertThat(partnerApi.get(incoming + second).statusCode()).isEqualTo(404);
		Map<String, Object> revoked = json(this.api.send("POST", base() + "/" + third + "/status", "application/json",
				"{\"status\": \"REVOKED\", \"note\": \"Person ist umgezogen\"}"));
		assertThat(revoked).containsEntry("status", "REVOKED").containsEntry("outcome", "Person ist umgezogen");
		assertThat(partnerApi.get(incoming + third).statusCode()).isEqualTo(404);
		assertThat(json(partnerApi.get("/api/v1/referrals/incoming")).get("totalItems")).isEqualTo(0);

		// the counsellor sees the answers; final states move no more
		Map<String, Object> done = json(this.api.get(base() + "/" + first));
		assertThat(done).containsEntry("status", "DONE").containsEntry("answer", outcome);
		assertThat(done.get("endedAt")).isNotNull();
		HttpResponse<String> again = this.api.send("POST", base() + "/" + first + "/status", "application/json",
				"{\"status\": \"REVOKED\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("erledigt").contains("zurückgezogen");
		assertThat(this.api
			.send("POST", base() + "/" + elsewhere + "/status", "application/json", "{\"status\": \"PENDING\"}")
			.statusCode()).isEqualTo(422);
		assertThat(this.api
			.send("POST", base() + "/" + elsewhere + "/status", "application/json", "{\"status\": \"IRGENDWAS\"}")
			.statusCode()).isEqualTo(422);
		// the counsellor records an answer given by phone
		assertThat(json(this.api.send("POST", base() + "/" + elsewhere + "/status", "application/json",
				"{\"status\": \"ACCEPTED\"}")))
			.containsEntry("status", "ACCEPTED");
		assertThat(otherApi.get(incoming + elsewhere).statusCode()).isEqualTo(200);

		// a partner bound to no organisation, and a counsellor, see nothing
		TestUser unbound = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.PARTNER);
		assertThat(this.fixtures.api(unbound).get("/api/v1/referrals/incoming").statusCode()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/referrals/incoming").statusCode()).isEqualTo(403);
		// the partner's start page counts its running referrals
		assertThat(this.fixtures.session(otherPartner).get("/").body()).contains("1 laufende Vermittlung");
		// the person withdraws the consent: the organisation no longer reads what was
		// passed on
		assertThat(this.api
			.send("POST", "/api/v1/counselling/clients/" + this.client + "/consents/" + consent + "/withdrawal",
					"application/json", "{}")
			.statusCode()).isEqualTo(200);
		assertThat(otherApi.get(incoming + elsewhere).statusCode()).isEqualTo(404);
		assertThat(json(otherApi.get("/api/v1/referrals/incoming")).get("totalItems")).isEqualTo(0);
		assertThat(json(this.api.get(base() + "/" + elsewhere))).containsEntry("consentsValid", false);
		assertThat(this.fixtures.session(this.counsellor)
			.get("/counselling/cases/" + this.caseId + "/referrals/" + elsewhere)
			.body()).contains("ist widerrufen");
		// nothing runs any more: the start page lists no referral work
		assertThat(this.fixtures.session(otherPartner).get("/").body()).doesNotContain("laufende Vermittlung")
			.doesNotContain("Keine laufenden Vermittlungen");
	}

	@Test
	void thePartnersOfTheOrganisationAreToldByMailWithoutAnythingAboutThePerson() {
		consent("counselling.referral");
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		TestUser partner = network.partner(CounsellingFixtures.LANDKREIS, this.mso);
		TestUser secondPartner = network.partner(CounsellingFixtures.LANDKREIS, this.mso);
		TestUser otherPartner = network.partner(CounsellingFixtures.LANDKREIS, this.otherMso);
		// bound to the organisation, but no longer a PARTNER: not told
		TestUser formerPartner = network.partner(CounsellingFixtures.LANDKREIS, this.mso);
		this.jdbc.sql("UPDATE user_role SET role = 'STRATEGY' WHERE user_id = ?").param(formerPartner.id()).update();

		UUID referral = send(this.mso);
		List<Map<String, Object>> sent = mails(partner.email());
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0)).containsEntry("subject", "Neue Vermittlung an Ihre Organisation");
		String body = (String) sent.get(0).get("body");
		assertThat(body).contains("/referrals/incoming/" + referral, "wartet auf Ihre Antwort",
				"steht in dieser E-Mail nichts über die Person");
		assertThat(mails(secondPartner.email())).hasSize(1);
		assertThat(mails(otherPartner.email())).isEmpty();
		assertThat(mails(formerPartner.email())).isEmpty();

		HttpResponse<String> revoked = this.api.send("POST", base() + "/" + referral + "/status", "application/json",
				"{\"status\": \"REVOKED\", \"note\": \"Person ist umgezogen\"}");
		assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
		List<Map<String, Object>> both = mails(partner.email());
		assertThat(both).hasSize(2);
		assertThat(both.get(1)).containsEntry("subject", "Vermittlung zurückgezogen");
		assertThat((String) both.get(1).get("body")).contains(
				"zurückgezogen (gesendet am "
						+ today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")",
				"/referrals/incoming");
		assertThat(mails(otherPartner.email())).isEmpty();
		// nothing about the person in any of them: no name, no contact, no concern, no
		// reason, no note
		for (Map<String, Object> mail : both) {
			assertThat(mail.get("subject") + " " + mail.get("body")).doesNotContain(this.firstName, this.lastName,
					"030 23125 777", "referral-test@example.org", "Sucht Unterstützung", "Grund", "umgezogen",
					this.caseId.toString(), this.client.toString());
		}
		// a move the state does not allow (409) queues nothing
		assertThat(this.api
			.send("POST", base() + "/" + referral + "/status", "application/json", "{\"status\": \"REVOKED\"}")
			.statusCode()).isEqualTo(409);
		assertThat(mails(partner.email())).hasSize(2);
	}

	private List<Map<String, Object>> mails(String recipient) {
		return this.jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
			.param(recipient)
			.query()
			.listOfRows();
	}

	@Test
	void theOutcomeCheckIsDueOnTheStartPageAndDoneOnce() {
		consent("counselling.referral");
		UUID referral = send(this.mso);
		Http pages = this.fixtures.session(this.counsellor);
		assertThat(pages.get("/").body()).contains("Keine Vermittlungen: Ergebnis prüfen");
		this.jdbc.sql("UPDATE counselling_referral SET follow_up_on = ? WHERE id = ?")
			.params(today().minusDays(1), referral)
			.update();
		assertThat(pages.get("/").body()).contains("1 Vermittlung: Ergebnis prüfen (fällig)");
		assertThat(pages.get("/counselling/cases/" + this.caseId).body()).contains("Vermittlungen").contains("fällig");
		Map<String, Object> followUps = json(this.api.get("/api/v1/counselling/referrals/follow-ups"));
		assertThat(followUps.get("totalItems")).isEqualTo(1);
		HttpResponse<String> checked = this.api.send("POST", base() + "/" + referral + "/outcome-check",
				"application/json", "{\"note\": \"Termin hat stattgefunden\"}");
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
		assertThat(json(checked)).containsEntry("outcome", "Termin hat stattgefunden");
		assertThat(this.api.send("POST", base() + "/" + referral + "/outcome-check", "application/json", "{}")
			.statusCode()).isEqualTo(409);
		assertThat(pages.get("/").body()).contains("Keine Vermittlungen: Ergebnis prüfen");
	}

	@Test
	void theRecipientsAreInTheExportTheTextsAreSealedAndGoWithTheCase() {
		consent("counselling.referral");
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		TestUser partner = network.partner(CounsellingFixtures.LANDKREIS, this.mso);
		String description = uniqueName("Anliegen zur Wohnungssuche ");
		String reason = uniqueName("Vermittlungsgrund ");
		HttpResponse<String> sent = this.api.send("POST", base(), "application/json", """
				{"organisationId": "%s", "categories": ["NAME_AND_CONTACT", "CONCERN"], "description": "%s",
				 "reason": "%s"}""".formatted(this.mso, description, reason));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		UUID referral = UUID.fromString((String) json(sent).get("id"));
		Http partnerApi = this.fixtures.api(partner);
		assertThat(partnerApi.send("POST", "/api/v1/referrals/incoming/" + referral + "/accept", "application/json", "")
			.statusCode()).isEqualTo(200);
		String outcome = uniqueName("Ergebnis der Vermittlung ");
		assertThat(partnerApi
			.send("POST", "/api/v1/referrals/incoming/" + referral + "/done", "application/json",
					"{\"note\": \"" + outcome + "\"}")
			.statusCode()).isEqualTo(200);

		// Art. 15: the recipient with exactly what was passed on
		TestUser officer = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		String export = this.fixtures.api(officer)
			.get("/api/v1/privacy/subjects/counselling-client/" + this.client + "/export?reason=Auskunft")
			.body();
		String organisation = this.jdbc.sql("SELECT name FROM network_organisation WHERE id = ?")
			.param(this.mso)
			.query(String.class)
			.single();
		assertThat(export).contains("\"counselling.referrals\"")
			.contains("\"recipient\":\"" + organisation + "\"")
			.contains("Anliegen: " + description)
			.contains("\"referralStatus\":\"erledigt\"")
			.contains(outcome);
		assertThat(this.fixtures.readReasons(this.client, officer.id())).contains("data subject request: referrals");

		// at rest: no value of the packet, the reason or the answer in any column of any
		// table
		assertThat(StoredValues.whereStored(this.context.getEnvironment(),
				List.of(this.firstName, this.lastName, description, reason, outcome, "referral-test@example.org")))
			.isEmpty();

		// the case anonymised: the texts go, what the statistics count stays
		new ContactFixtures(this.jdbc).close(this.caseId);
		CaseAnonymisation.Anonymised anonymised = this.context.getBean(CaseAnonymisation.class)
			.anonymise(this.counsellor.tenantId(), List.of(this.caseId), OffsetDateTime.now());
		assertThat(anonymised.cleared()).containsEntry("referrals", 1);
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM counselling_referral WHERE id = ?")
			.param(referral)
			.query()
			.singleRow();
		assertThat(row.get("packet_sealed")).isNull();
		assertThat(row.get("reason_sealed")).isNull();
		assertThat(row.get("answer_sealed")).isNull();
		assertThat(row).containsEntry("status", "DONE").containsEntry("organisation_id", this.mso);
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("ended_at")).isNotNull();
		// gone for the partner, shown without packet to the counsellor of the statistics
		assertThat(partnerApi.get("/api/v1/referrals/incoming/" + referral).statusCode()).isEqualTo(404);
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM counselling_referral WHERE case_id = ?")
			.param(this.caseId)
			.query(Long.class)
			.single();
	}

}
