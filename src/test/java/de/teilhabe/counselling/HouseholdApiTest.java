package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.household.PersonsReached;
import de.teilhabe.counselling.retention.CaseAnonymisation;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
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
 * The household API: a counsellor adds, lists, changes and removes a client's household
 * members (all or nothing, every wrong field named, hostile input refused with a 4xx),
 * links one to another client it reads (shown by name), ticks members counselled
 * alongside in a case (the persons reached counted); another counsellor gets 403, another
 * tenant and unknown ids 404; reads are audited; the retention clears the links and keeps
 * the count; the Art. 15 export holds the members and the erasure removes them.
 */
@IntegrationTest
class HouseholdApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCounsellorKeepsAClientsHousehold() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Rana", uniqueName("Haushalt"), 1985));
		String husbandLast = uniqueName("Ehemann");
		UUID husband = create(api, body("Khaled", husbandLast, 1982));
		String path = "/api/v1/counselling/clients/" + client + "/household";
		String child = uniqueName("Amal");

		HttpResponse<String> added = api.send("POST", path, "application/json", """
				{"relationship": "CHILD", "firstName": "%s", "birthYear": 2015, "gender": "FEMALE"}"""
			.formatted(child));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		Map<String, Object> member = json(added);
		String childId = (String) member.get("id");
		assertThat(added.headers().firstValue("Location")).hasValue(path + "/" + childId);
		assertThat(member).containsEntry("relationship", "CHILD")
			.containsEntry("firstName", child)
			.containsEntry("birthYear", 2015)
			.containsEntry("gender", "FEMALE")
			.containsEntry("linkedClient", null);

		HttpResponse<String> partner = api.send("POST", path, "application/json", """
				{"relationship": "PARTNER", "firstName": "Khaled", "birthYear": 1982, "gender": "MALE",
				 "linkedClientId": "%s"}""".formatted(husband));
		assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
		@SuppressWarnings("unchecked")
		Map<String, Object> linked = (Map<String, Object>) json(partner).get("linkedClient");
		assertThat(linked).containsEntry("id", husband.toString()).containsEntry("name", "Khaled " + husbandLast);

		Map<String, Object> list = json(api.get(path + "?size=10"));
		assertThat(list).containsEntry("totalItems", 2).containsEntry("size", 10).containsKeys("page", "totalPages");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
		assertThat(items).extracting((item) -> item.get("firstName")).containsExactly(child, "Khaled");

		HttpResponse<String> changed = api.send("PUT", path + "/" + childId, "application/json", """
				{"relationship": "CHILD", "firstName": "%s", "birthYear": 2016}""".formatted(child));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("birthYear", 2016).containsEntry("gender", null);

		// every wrong field named, nothing stored
		HttpResponse<String> wrong = api.send("POST", path, "application/json", """
				{"relationship": "COUSIN", "firstName": " ", "birthYear": 1800, "gender": "X",
				 "linkedClientId": "keine"}""");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrong.body()).contains("\"field\":\"relationship\"")
			.contains("\"field\":\"firstName\"")
			.contains("\"field\":\"birthYear\"")
			.contains("\"field\":\"gender\"")
			.contains("\"field\":\"linkedClientId\"");
		HttpResponse<String> missing = api.send("POST", path, "application/json", "{}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"relationship\"").contains("\"field\":\"firstName\"");
		// the client itself, a client linked already, another counsellor's client
		TestUser colleague = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		UUID colleaguesClient = create(fixtures.api(colleague), body("Nour", uniqueName("Fremd"), 1990));
		for (UUID link : List.of(client, husband, colleaguesClient, UUID.randomUUID())) {
			HttpResponse<String> refused = api.send("POST", path, "application/json", """
					{"relationship": "OTHER", "firstName": "Sami", "linkedClientId": "%s"}""".formatted(link));
			assertThat(refused.statusCode()).as(link.toString()).isEqualTo(422);
			assertThat(refused.body()).contains("\"field\":\"linkedClientId\"");
		}
		// hostile input: a 4xx, never a 5xx
		assertThat(api
			.send("POST", path, "application/json", "{\"relationship\": \"CHILD\", \"firstName\": \"A\\u0000b\"}")
			.statusCode()).isBetween(400, 499);
		HttpResponse<String> huge = api.send("POST", path, "application/json",
				"{\"relationship\": \"CHILD\", \"firstName\": \"%s\"}".formatted("x".repeat(100_000)));
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("\"field\":\"firstName\"");
		assertThat(api.send("POST", path, "application/json", "{\"relationship\": ").statusCode()).isBetween(400, 499);
		assertThat(api.send("PUT", path + "/" + childId, "application/json", "[1, 2]").statusCode()).isBetween(400,
				499);
		assertThat(json(api.get(path))).containsEntry("totalItems", 2);

		assertThat(api.send("DELETE", path + "/" + childId, "application/json", "").statusCode()).isEqualTo(204);
		assertThat(api.send("DELETE", path + "/" + childId, "application/json", "").statusCode()).isEqualTo(404);
		assertThat(json(api.get(path))).containsEntry("totalItems", 1);

		// every read audited like a read of the client; the linked client shown by name
		// is
		// a read of it
		assertThat(fixtures.readReasons(client, counsellor.id())).contains("household");
		assertThat(fixtures.readReasons(husband, counsellor.id())).contains("household link");
		assertThat(fixtures.jdbc()
			.sql("SELECT action FROM audit_event WHERE record_id = ? AND actor_id = ? ORDER BY id")
			.params(childId, counsellor.id())
			.query(String.class)
			.list()).containsExactly("counselling.household.added", "counselling.household.changed",
					"counselling.household.removed");
	}

	@Test
	void nobodyElseReadsOrChangesAHousehold() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Olena", uniqueName("Schutz"), 1979));
		UUID other = create(api, body("Iryna", uniqueName("Schutz"), 1980));
		String path = "/api/v1/counselling/clients/" + client + "/household";
		String memberId = (String) json(
				api.send("POST", path, "application/json", "{\"relationship\": \"PARENT\", \"firstName\": \"Halyna\"}"))
			.get("id");
		String otherMember = (String) json(api.send("POST", "/api/v1/counselling/clients/" + other + "/household",
				"application/json", "{\"relationship\": \"CHILD\", \"firstName\": \"Mykola\"}"))
			.get("id");
		String body = "{\"relationship\": \"PARENT\", \"firstName\": \"Halyna\"}";

		Http colleague = fixtures.api(fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR));
		assertThat(colleague.get(path).statusCode()).isEqualTo(403);
		assertThat(colleague.send("POST", path, "application/json", body).statusCode()).isEqualTo(403);
		assertThat(colleague.send("PUT", path + "/" + memberId, "application/json", body).statusCode()).isEqualTo(403);
		assertThat(colleague.send("DELETE", path + "/" + memberId, "application/json", "").statusCode()).isEqualTo(403);

		Http stranger = fixtures.api(fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR));
		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger.send("POST", path, "application/json", body).statusCode()).isEqualTo(404);
		assertThat(stranger.send("PUT", path + "/" + memberId, "application/json", body).statusCode()).isEqualTo(404);
		assertThat(stranger.send("DELETE", path + "/" + memberId, "application/json", "").statusCode()).isEqualTo(404);

		Http admin = fixtures.api(fixtures.user(CounsellingFixtures.LANDKREIS, Role.ADMIN));
		assertThat(admin.get(path).statusCode()).isEqualTo(403);

		// unknown client, unknown member, a member of another client's household
		assertThat(api.get("/api/v1/counselling/clients/" + UUID.randomUUID() + "/household").statusCode())
			.isEqualTo(404);
		assertThat(api.send("PUT", path + "/" + UUID.randomUUID(), "application/json", body).statusCode())
			.isEqualTo(404);
		assertThat(api.send("PUT", path + "/" + otherMember, "application/json", body).statusCode()).isEqualTo(404);
		assertThat(api.send("DELETE", path + "/" + otherMember, "application/json", "").statusCode()).isEqualTo(404);
		assertThat(json(api.get("/api/v1/counselling/clients/" + other + "/household"))).containsEntry("totalItems", 1);
		assertThat(colleague.get("/api/v1/counselling/clients/" + other + "/household").body())
			.doesNotContain("Mykola");
	}

	@Test
	void membersAreCounselledAlongsideInACaseAndTheRetentionClearsTheLinks() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Zahra", uniqueName("Mitberaten"), 1988));
		UUID neighbour = create(api, body("Parwana", uniqueName("Nachbarin"), 1987));
		String household = "/api/v1/counselling/clients/" + client + "/household";
		String son = (String) json(api.send("POST", household, "application/json",
				"{\"relationship\": \"CHILD\", \"firstName\": \"Farid\", \"birthYear\": 2010}"))
			.get("id");
		String daughter = (String) json(api.send("POST", household, "application/json",
				"{\"relationship\": \"CHILD\", \"firstName\": \"Roya\", \"birthYear\": 2012}"))
			.get("id");
		String foreign = (String) json(api.send("POST", "/api/v1/counselling/clients/" + neighbour + "/household",
				"application/json", "{\"relationship\": \"PARTNER\", \"firstName\": \"Jawad\"}"))
			.get("id");
		HttpResponse<String> opened = api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", "{\"kind\": \"COUNSELLING\", \"topics\": [\"FAMILY_SCHOOL\"]}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		UUID caseId = UUID.fromString((String) json(opened).get("id"));
		String path = "/api/v1/counselling/cases/" + caseId + "/household";

		assertThat(json(api.get(path))).containsEntry("personsReached", 1).containsEntry("memberIds", List.of());
		HttpResponse<String> set = api.send("PUT", path, "application/json",
				"{\"memberIds\": [\"%s\", \"%s\"]}".formatted(son, daughter));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(json(set)).containsEntry("personsReached", 3);
		assertThat(set.body()).contains("Farid").contains("Roya");
		PersonsReached reached = this.context.getBean(PersonsReached.class);
		assertThat(reached.alongsideByCase(counsellor.tenantId(), List.of(caseId))).containsEntry(caseId, 2);
		assertThat(reached.inCases(counsellor.tenantId(), List.of(caseId))).isEqualTo(3);
		assertThat(fixtures.readReasons(client, counsellor.id())).contains("household");

		// only members of the case's client, as a list of ids
		for (String wrong : List.of("{\"memberIds\": [\"%s\"]}".formatted(foreign), "{\"memberIds\": [\"x\"]}",
				"{\"memberIds\": \"%s\"}".formatted(son), "{}")) {
			HttpResponse<String> refused = api.send("PUT", path, "application/json", wrong);
			assertThat(refused.statusCode()).as(wrong).isEqualTo(422);
			assertThat(refused.body()).contains("\"field\":\"memberIds\"");
		}
		assertThat(fixtures.api(fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR)).get(path).statusCode())
			.isEqualTo(403);
		assertThat(fixtures.api(fixtures.user(CounsellingFixtures.STADT, Role.COUNSELLOR)).get(path).statusCode())
			.isEqualTo(404);

		// removed from the household while the case is open: no longer counted there
		assertThat(api.send("DELETE", household + "/" + daughter, "application/json", "").statusCode()).isEqualTo(204);
		assertThat(json(api.get(path))).containsEntry("personsReached", 2).containsEntry("memberIds", List.of(son));

		assertThat(api.send("POST", "/api/v1/counselling/cases/" + caseId + "/close", "application/json", "{}")
			.statusCode()).isEqualTo(200);
		assertThat(api.send("PUT", path, "application/json", "{\"memberIds\": []}").statusCode()).isEqualTo(409);

		// anonymised (retention): the link goes, the count stays
		CaseAnonymisation.Anonymised anonymised = this.context.getBean(CaseAnonymisation.class)
			.anonymise(counsellor.tenantId(), List.of(caseId), OffsetDateTime.now());
		assertThat(anonymised.cleared()).containsEntry("household", 1);
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_case_household WHERE case_id = ? AND member_id IS NOT NULL")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(reached.inCases(counsellor.tenantId(), List.of(caseId))).isEqualTo(2);
		assertThat(json(api.get(household))).containsEntry("totalItems", 1);
	}

	@Test
	void theAccessRequestHoldsTheHouseholdAndTheErasureRemovesIt() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		UUID client = create(api, body("Selam", uniqueName("Auskunft"), 1991));
		UUID brother = create(api, body("Yonas", uniqueName("Bruder"), 1994));
		String brotherNumber = (String) json(api.get("/api/v1/counselling/clients/" + brother)).get("clientNumber");
		String household = "/api/v1/counselling/clients/" + client + "/household";
		String daughter = uniqueName("Tochter");
		String daughterId = (String) json(api.send("POST", household, "application/json",
				"{\"relationship\": \"CHILD\", \"firstName\": \"%s\", \"birthYear\": 2019}".formatted(daughter)))
			.get("id");
		assertThat(api
			.send("POST", household, "application/json",
					"""
							{"relationship": "SIBLING", "firstName": "Yonas", "birthYear": 1994, "linkedClientId": "%s"}"""
						.formatted(brother))
			.statusCode()).isEqualTo(201);
		UUID caseId = UUID.fromString((String) json(api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", "{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"]}"))
			.get("id"));
		assertThat(api
			.send("PUT", "/api/v1/counselling/cases/" + caseId + "/household", "application/json",
					"{\"memberIds\": [\"%s\"]}".formatted(daughterId))
			.statusCode()).isEqualTo(200);

		TestUser officer = fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		Http officerApi = fixtures.api(officer);
		String export = officerApi
			.get("/api/v1/privacy/subjects/counselling-client/" + client + "/export?reason=Auskunftsantrag")
			.body();
		assertThat(export).contains("\"counselling.household\"")
			.contains("\"firstName\":\"" + daughter + "\"")
			.contains("\"relationship\":\"Kind\"")
			.contains("\"birthYear\":2019")
			.contains("\"linkedClientNumber\":\"" + brotherNumber + "\"")
			.contains("Beratungsfall vom");
		String brothersExport = officerApi
			.get("/api/v1/privacy/subjects/counselling-client/" + brother + "/export?reason=Auskunftsantrag")
			.body();
		assertThat(brothersExport).contains("\"counselling.household-linked\"")
			.contains("\"relationship\":\"Geschwister\"")
			.doesNotContain(daughter);
		assertThat(fixtures.readReasons(client, officer.id())).contains("data subject request: household");

		// erasure: the open case holds it; closed, the members go, the count stays
		assertThat(api.send("POST", "/api/v1/counselling/cases/" + caseId + "/close", "application/json", "{}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> erased = officerApi.send("POST",
				"/api/v1/privacy/subjects/counselling-client/" + client + "/erasure", "application/json",
				"{\"reason\": \"Löschantrag\", \"confirm\": true}");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(fixtures.jdbc()
			.sql("SELECT count(*) FROM counselling_household_member WHERE client_id = ?")
			.param(client)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.context.getBean(PersonsReached.class).inCases(counsellor.tenantId(), List.of(caseId)))
			.isEqualTo(2);
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), List.of(daughter))).isEmpty();
		assertThat(officerApi
			.get("/api/v1/privacy/subjects/counselling-client/" + brother + "/export?reason=Auskunftsantrag")
			.body()).doesNotContain("\"counselling.household-linked\"");
	}

}
