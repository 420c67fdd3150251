package de.teilhabe.counselling.discrimination;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.counselling.StoredValues;
import de.teilhabe.counselling.retention.CaseRetentionHook;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.body;
import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints API through the real HTTP layer, as a permitted counsellor: entering
 * (201, codes with their names), reading, changing, the paged list; bad bodies (422
 * naming each field, NUL bytes, huge strings; nothing stored); a link to a case the
 * counsellor reads and the refusal of another's; every read audited without text; the
 * description found in no raw table; the case's anonymisation clearing the description.
 */
@IntegrationTest
class ComplaintApiTest {

	private static final String API = "/api/v1/counselling/discrimination-complaints";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	CounsellingFixtures fixtures;

	TestUser counsellor;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new CounsellingFixtures(this.context, this.port);
		this.counsellor = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		this.jdbc.sql("INSERT INTO user_permission (tenant_id, user_id, permission) VALUES (?, ?, ?)")
			.params(this.counsellor.tenantId(), this.counsellor.id(), "DISCRIMINATION_COMPLAINTS")
			.update();
		this.api = this.fixtures.api(this.counsellor);
	}

	private HttpResponse<String> post(String body) {
		return this.api.send("POST", API, "application/json", body);
	}

	@Test
	void aComplaintIsEnteredReadChangedAndListedWithCodesByName() {
		String text = "Vermieterin lehnt ab " + uniqueName("Beschreibung");
		HttpResponse<String> created = post("""
				{"incidentOn": "2026-10-02", "area": "HOUSING", "characteristics": ["ETHNIC_ORIGIN", "NATIONALITY"],
				 "forms": ["DIRECT"], "level": "INDIVIDUAL", "interventions": ["COMPLAINT_LETTER"],
				 "description": "%s"}""".formatted(text));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Map<String, Object> answer = json(created);
		UUID id = UUID.fromString((String) answer.get("id"));
		assertThat(created.headers().firstValue("Location")).hasValue(API + "/" + id);
		assertThat(answer).containsEntry("description", text)
			.containsEntry("area", Map.of("code", "HOUSING", "name", "Wohnen"))
			.containsEntry("outcome", Map.of("code", "OPEN", "name", "offen"))
			.containsEntry("level", Map.of("code", "INDIVIDUAL", "name", "individuell"))
			.containsEntry("reviewed", true)
			.containsEntry("caseLinked", false)
			.containsEntry("incidentOn", "2026-10-02");
		assertThat(answer.get("characteristics"))
			.isEqualTo(List.of(Map.of("code", "ETHNIC_ORIGIN", "name", "ethnische Herkunft, rassistische Zuschreibung"),
					Map.of("code", "NATIONALITY", "name", "Staatsangehörigkeit")));

		HttpResponse<String> changed = this.api.send("PUT", API + "/" + id, "application/json", """
				{"incidentOn": "2026-10-02", "area": "HOUSING", "characteristics": ["ETHNIC_ORIGIN"],
				 "forms": ["DIRECT", "HARASSMENT"], "level": "INSTITUTIONAL",
				 "interventions": ["COMPLAINT_LETTER", "MEDIATION"], "outcome": "PARTLY_RESOLVED",
				 "description": "%s – ergänzt"}""".formatted(text));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed))
			.containsEntry("outcome", Map.of("code", "PARTLY_RESOLVED", "name", "teilweise gelöst"))
			.containsEntry("description", text + " – ergänzt");

		Map<String, Object> page = json(this.api.get(API + "?size=100"));
		assertThat(page).containsKeys("items", "page", "size", "totalItems", "totalPages");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		assertThat(items)
			.anySatisfy((item) -> assertThat(item).containsEntry("id", id.toString()).doesNotContainKey("description"));
		assertThat(this.api.get(API + "?size=101").statusCode()).isEqualTo(400);

		// every read audited, one entry per list, without any text
		List<String> reasons = this.jdbc
			.sql("SELECT reason FROM audit_event WHERE action = 'counselling.discrimination.read' AND actor_id = ? "
					+ "AND ? = ANY(string_to_array(record_id, ',')) ORDER BY id")
			.params(this.counsellor.id(), id.toString())
			.query(String.class)
			.list();
		assertThat(reasons).containsExactly("detail", "edit", "detail", "list");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE record_id = ? AND action IN "
					+ "('counselling.discrimination.created', 'counselling.discrimination.changed')")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(2);
		// encrypted at rest: the description in no column of any table (audit log
		// included)
		assertThat(StoredValues.whereStored(this.environment, List.of(text))).isEmpty();
	}

	@Test
	void badBodiesNameEveryFieldAndStoreNothing() {
		long before = count();
		HttpResponse<String> empty = post("{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fields(empty)).contains("area", "characteristics", "forms", "description");
		String tomorrow = BerlinTime.today().plusDays(1).toString();
		HttpResponse<String> wrong = post("""
				{"incidentOn": "%s", "area": "MOON", "characteristics": ["AGE", "HAIR"], "forms": ["DIRECT"],
				 "level": "GLOBAL", "outcome": "WON", "description": "x", "caseId": "%s"}""".formatted(tomorrow,
				UUID.randomUUID()));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(fields(wrong)).contains("area", "level", "outcome");
		HttpResponse<String> future = post("""
				{"incidentOn": "%s", "area": "WORK", "characteristics": ["AGE"], "forms": ["DIRECT"],
				 "description": "x", "caseId": "%s"}""".formatted(tomorrow, UUID.randomUUID()));
		assertThat(fields(future)).containsExactlyInAnyOrder("incidentOn", "caseId");
		assertThat(future.body()).contains("Der Tag liegt in der Zukunft.");
		HttpResponse<String> nul = post("""
				{"area": "WORK", "characteristics": ["AGE"], "forms": ["DIRECT"], "description": "a\\u0000b"}""");
		assertThat(nul.statusCode()).isEqualTo(422);
		assertThat(fields(nul)).containsExactly("description");
		HttpResponse<String> huge = post("""
				{"area": "WORK", "characteristics": ["AGE"], "forms": ["DIRECT"], "description": "%s"}"""
			.formatted("x".repeat(100_000)));
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("Höchstens 20000 Zeichen");
		assertThat(post("[1, 2").statusCode()).isBetween(400, 499);
		assertThat(count()).isEqualTo(before);
		assertThat(this.api.get(API + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void aComplaintIsLinkedToACaseTheCounsellorReadsAndFollowsItsAnonymisation() {
		UUID client = create(this.api, body("Selin", uniqueName("Aydin"), 1990));
		HttpResponse<String> opened = this.api.send("POST", "/api/v1/counselling/clients/" + client + "/cases",
				"application/json", "{\"kind\": \"COUNSELLING\", \"topics\": [\"DISCRIMINATION\"]}");
		UUID caseId = UUID.fromString((String) json(opened).get("id"));
		String text = "Absage wegen Kopftuch " + uniqueName("Fallbezug");
		HttpResponse<String> linked = post("""
				{"area": "WORK", "characteristics": ["RELIGION_BELIEF"], "forms": ["DIRECT"], "description": "%s",
				 "caseId": "%s"}""".formatted(text, caseId));
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
		UUID id = UUID.fromString((String) json(linked).get("id"));
		assertThat(json(linked)).containsEntry("caseId", caseId.toString()).containsEntry("caseLinked", true);

		// another counsellor's case cannot be linked
		TestUser other = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http otherApi = this.fixtures.api(other);
		UUID otherClient = create(otherApi, body("Omid", uniqueName("Karimi"), 1985));
		UUID otherCase = UUID
			.fromString((String) json(otherApi.send("POST", "/api/v1/counselling/clients/" + otherClient + "/cases",
					"application/json", "{\"kind\": \"COUNSELLING\", \"topics\": [\"HOUSING\"]}"))
				.get("id"));
		HttpResponse<String> refused = post("""
				{"area": "WORK", "characteristics": ["AGE"], "forms": ["DIRECT"], "description": "x", "caseId": "%s"}"""
			.formatted(otherCase));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(fields(refused)).containsExactly("caseId");

		// Art. 15: the complaint is in the client's export, in words, with its text
		TestUser officer = this.fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		String export = this.fixtures.api(officer)
			.get("/api/v1/privacy/subjects/counselling-client/" + client + "/export?reason=Auskunft")
			.body();
		assertThat(export).contains("\"counselling.discrimination-complaints\"")
			.contains("\"area\":\"Arbeit\"")
			.contains("Religion")
			.contains(text);
		assertThat(this.fixtures.readReasons(client, officer.id()))
			.contains("data subject request: discrimination complaints");

		// the case's anonymisation clears the description (every retention hook, as the
		// retention rule runs them)
		int cleared = this.context.getBeansOfType(CaseRetentionHook.class)
			.values()
			.stream()
			.filter((hook) -> hook.name().equals("discrimination-complaints"))
			.mapToInt((hook) -> hook.clear(this.counsellor.tenantId(), new UUID[] { caseId }))
			.sum();
		assertThat(cleared).isOne();
		Map<String, Object> after = json(this.api.get(API + "/" + id));
		assertThat(after).containsEntry("description", null)
			.containsEntry("area", Map.of("code", "WORK", "name", "Arbeit"));
		assertThat(after.get("anonymisedAt")).isNotNull();
		assertThat(StoredValues.whereStored(this.environment, List.of(text))).isEmpty();
	}

	@Test
	void complaintsWithoutACaseLoseTheirTextsAfterTheRetentionPeriod() {
		String oldText = "Abgewiesen an der Tür " + uniqueName("Alt");
		String recentText = "Abgewiesen am Schalter " + uniqueName("Neu");
		UUID old = UUID.fromString((String) json(post("""
				{"area": "LEISURE", "characteristics": ["ETHNIC_ORIGIN"], "forms": ["DIRECT"], "description": "%s"}"""
			.formatted(oldText))).get("id"));
		UUID recent = UUID.fromString((String) json(post("""
				{"area": "AUTHORITIES", "characteristics": ["LANGUAGE"], "forms": ["INDIRECT"], "description": "%s"}"""
			.formatted(recentText))).get("id"));
		Instant now = Instant.now();
		changedAt(old, now.minus(Duration.ofDays(3 * 365 + 1)));
		changedAt(recent, now.minus(Duration.ofDays(3 * 365 - 2)));
		RetentionRule rule = this.context.getBeansOfType(RetentionRule.class)
			.values()
			.stream()
			.filter((candidate) -> candidate.name().equals("counselling.discrimination-complaint-texts"))
			.findFirst()
			.orElseThrow();

		assertThat(rule.apply(this.counsellor.tenantId(), now)).isGreaterThanOrEqualTo(1);
		Map<String, Object> cleared = json(this.api.get(API + "/" + old));
		assertThat(cleared).containsEntry("description", null)
			.containsEntry("area", Map.of("code", "LEISURE", "name", "Freizeit"));
		assertThat(cleared.get("anonymisedAt")).isNotNull();
		assertThat(json(this.api.get(API + "/" + recent))).containsEntry("description", recentText)
			.containsEntry("anonymisedAt", null);
		assertThat(StoredValues.whereStored(this.environment, List.of(oldText))).isEmpty();
		// a second run clears nothing of these two
		rule.apply(this.counsellor.tenantId(), now);
		assertThat(json(this.api.get(API + "/" + recent))).containsEntry("description", recentText);
	}

	private void changedAt(UUID complaint, Instant at) {
		this.jdbc.sql("UPDATE counselling_discrimination_complaint SET created_at = ?, updated_at = ? WHERE id = ?")
			.params(at.atOffset(java.time.ZoneOffset.UTC), at.atOffset(java.time.ZoneOffset.UTC), complaint)
			.update();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM counselling_discrimination_complaint WHERE tenant_id = ?")
			.param(this.counsellor.tenantId())
			.query(Long.class)
			.single();
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(HttpResponse<String> response) {
		return ((List<Map<String, Object>>) json(response).get("errors")).stream()
			.map((error) -> (String) error.get("field"))
			.distinct()
			.toList();
	}

}
