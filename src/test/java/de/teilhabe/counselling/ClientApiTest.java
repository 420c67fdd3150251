package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.QUAKENBRUECK;
import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients API through the real HTTP layer: entering, reading, changing, bad bodies
 * (422 naming every field, nothing stored; NUL and huge strings never a 5xx), the name
 * search that tolerates transliteration, the duplicate warning, and that every read is
 * audited.
 */
@IntegrationTest
class ClientApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void aClientIsEnteredReadAndChanged() {
		String last = uniqueName("Haddad");
		HttpResponse<String> created = this.api.send("POST", "/api/v1/counselling/clients", "application/json", """
				{"firstName": "Leyla", "lastName": "%s", "phone": "+49 541 1234567", "email": "leyla@example.org",
				 "birthYear": 1991, "gender": "FEMALE", "nationality": "syrisch", "languages": ["ar", "kmr"],
				 "residenceStatus": "PROTECTION", "arrivalYear": 2016, "gemeinde": "%s", "germanLevel": "B1",
				 "note": "Sucht eine Wohnung in Quakenbrück."}""".formatted(last, QUAKENBRUECK));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> answer = json(created);
		UUID id = UUID.fromString((String) answer.get("id"));
		assertThat((String) answer.get("clientNumber")).matches("K-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/counselling/clients/" + id);

		Map<String, Object> client = json(this.api.get("/api/v1/counselling/clients/" + id));
		assertThat(client).containsEntry("firstName", "Leyla")
			.containsEntry("lastName", last)
			.containsEntry("phone", "+49 541 1234567")
			.containsEntry("birthYear", 1991)
			.containsEntry("residenceStatus", "PROTECTION")
			.containsEntry("languages", List.of("ar", "kmr"))
			.containsEntry("clientNumber", answer.get("clientNumber"));
		assertThat((String) client.get("gemeindeName")).contains("Quakenbrück");

		HttpResponse<String> changed = this.api.send("PUT", "/api/v1/counselling/clients/" + id, "application/json", """
				{"firstName": "Leyla", "lastName": "%s", "birthYear": 1991, "languages": ["ar"],
				 "germanLevel": "B2", "note": "Wohnung gefunden."}""".formatted(last));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed)).containsEntry("germanLevel", "B2")
			.containsEntry("note", "Wohnung gefunden.")
			.containsEntry("phone", null);

		assertThat(this.fixtures.readReasons(id, this.counsellor.id())).containsExactly("detail", "detail");
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/clients")).extracting((item) -> item.get("id"))
			.contains(id.toString());
		assertThat(this.fixtures.readReasons(id, this.counsellor.id())).containsExactly("detail", "detail", "list");
	}

	@Test
	void badBodiesNameEveryFieldStoreNothingAndNeverFail() {
		String last = uniqueName("Fehler");
		HttpResponse<String> response = this.api.send("POST", "/api/v1/counselling/clients", "application/json", """
				{"firstName": "", "lastName": "%s", "phone": "call me", "email": "kein-at", "birthYear": 1850,
				 "arrivalYear": 2999, "gender": "ROBOT", "languages": ["xx"], "gemeinde": "03404000",
				 "germanLevel": "D9"}""".formatted(last));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"firstName\"")
			.contains("\"field\":\"phone\"")
			.contains("\"field\":\"email\"")
			.contains("\"field\":\"birthYear\"")
			.contains("\"field\":\"arrivalYear\"")
			.contains("\"field\":\"gender\"")
			.contains("\"field\":\"languages\"")
			.contains("\"field\":\"gemeinde\"")
			.contains("\"field\":\"germanLevel\"");
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/clients?q=" + last)).isEmpty();

		HttpResponse<String> english = this.api.language("en")
			.send("POST", "/api/v1/counselling/clients", "application/json", "{}");
		assertThat(english.statusCode()).isEqualTo(422);
		assertThat(english.body()).contains("\"field\":\"firstName\"").contains("\"field\":\"lastName\"");

		String huge = "x".repeat(100_000);
		for (String hostile : List.of("{\"firstName\": \"A\\u0000b\", \"lastName\": \"" + last + "\"}",
				"{\"firstName\": \"" + huge + "\", \"lastName\": \"" + huge + "\", \"note\": \"" + huge + "\"}",
				"{\"firstName\": [1, 2], \"lastName\": {\"a\": 1}, \"birthYear\": \"neunzehn\"}", "not json", "")) {
			HttpResponse<String> refused = this.api.send("POST", "/api/v1/counselling/clients", "application/json",
					hostile);
			assertThat(refused.statusCode()).as(hostile.length() > 200 ? "huge" : hostile).isBetween(400, 499);
		}
		assertThat(this.api.get("/api/v1/counselling/clients?q=" + "a".repeat(300)).statusCode()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/counselling/clients?size=101").statusCode()).isEqualTo(400);
		assertThat(ApiLists.all(this.api, "/api/v1/counselling/clients?q=" + last)).isEmpty();
	}

	@Test
	void theNameSearchToleratesTransliteration() {
		String family = uniqueName("Qasr");
		UUID muhammad = create(this.api, body("Muhammad", family, 1988));
		UUID mohamad = create(this.api, body("Mohamad", family, 1990));
		UUID youssef = create(this.api, body("Youssef", family, 1975));
		UUID husain = create(this.api, body("Husain", family, 1969));

		assertThat(ids("Mohammed " + family)).containsExactlyInAnyOrder(muhammad.toString(), mohamad.toString());
		assertThat(ids("Yusuf " + family)).containsExactly(youssef.toString());
		assertThat(ids("Jusuf " + family)).containsExactly(youssef.toString());
		assertThat(ids("Hussein " + family)).containsExactly(husain.toString());
		// the exact spelling first
		assertThat(ids("Mohamad " + family)).first().isEqualTo(mohamad.toString());
		assertThat(ids("Petra " + family)).isEmpty();
		// the client number finds the client too
		String number = (String) json(this.api.get("/api/v1/counselling/clients/" + youssef)).get("clientNumber");
		assertThat(ids(number.toLowerCase())).containsExactly(youssef.toString());
	}

	@Test
	void aPossibleDuplicateIsNamedAndNeedsAConfirmation() {
		String family = uniqueName("Rahimi");
		UUID first = create(this.api, body("Mohammed", family, 1984));
		String again = """
				{"firstName": "Muhammad", "lastName": "%s", "birthYear": 1984}""".formatted(family);
		HttpResponse<String> warned = this.api.send("POST", "/api/v1/counselling/clients", "application/json", again);
		assertThat(warned.statusCode()).isEqualTo(422);
		String number = (String) json(this.api.get("/api/v1/counselling/clients/" + first)).get("clientNumber");
		assertThat(warned.body()).contains("\"field\":\"confirmDuplicate\"").contains(number);
		// another birth year is no duplicate
		create(this.api, """
				{"firstName": "Muhammad", "lastName": "%s", "birthYear": 1990}""".formatted(family));
		// confirmed: stored
		create(this.api, again.replace("1984}", "1984, \"confirmDuplicate\": true}"));
		assertThat(ids("Mohammed " + family)).hasSize(3);
	}

	private List<Object> ids(String query) {
		return ApiLists.all(this.api, "/api/v1/counselling/clients?q=" + query.replace(" ", "%20"))
			.stream()
			.map((item) -> item.get("id"))
			.toList();
	}

}
