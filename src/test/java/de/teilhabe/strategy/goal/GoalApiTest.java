package de.teilhabe.strategy.goal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals API through the real HTTP layer: the list's items carry exactly the fields
 * the issue names, with the latest value the indicator values API gives for the region; a
 * new goal answers 201 with its location and item, a goal lacking SMART parts 422 naming
 * each part, in the reader's language; another tenant's goal is not found.
 */
@IntegrationTest
class GoalApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	Organisations organisations;

	@Test
	void listItemsCarryExactlyTheNamedFieldsAndTheLatestValueOfTheValuesApi() {
		Http staff = Http.withToken(this.port, "demo-token-beratung");
		List<Map<String, Object>> items = ApiLists.all(staff, "/api/v1/strategy/goals");
		assertThat(items).hasSizeGreaterThanOrEqualTo(12);
		for (Map<String, Object> item : items) {
			assertThat(item.keySet()).containsExactlyInAnyOrder("id", "title", "field", "indicator", "region",
					"baseline", "target", "latest", "status", "statusReason", "statements");
			assertThat(GoalApiTest.object(item.get("baseline")).keySet()).containsExactlyInAnyOrder("value", "year");
			assertThat((String) item.get("statusReason")).isNotBlank();
		}
		Map<String, Object> onIndicator = items.stream()
			.filter((item) -> "3-1-3".equals(item.get("indicator")))
			.findFirst()
			.orElseThrow();
		assertThat(onIndicator.get("region")).isEqualTo("03459");
		assertThat(onIndicator.get("field")).isEqualTo("Sprache und Bildung");
		Map<?, ?> latest = (Map<?, ?>) onIndicator.get("latest");
		Map<String, Object> fromValuesApi = latestOfValuesApi(staff, "3-1-3", "03459");
		assertThat(((Number) latest.get("year")).intValue())
			.isEqualTo(Integer.parseInt(((String) fromValuesApi.get("period")).substring(0, 4)));
		assertThat(new java.math.BigDecimal(latest.get("value").toString()))
			.isEqualByComparingTo(new java.math.BigDecimal(fromValuesApi.get("value").toString()));
	}

	@Test
	void aNewGoalAnswers201WithItsItemInTheReadersLanguage() {
		Http office = Http.withToken(this.port,
				StatisticsUsers.create(this.context, "landkreis-osnabrueck", Role.STRATEGY));
		String organisation = anOrganisation();
		String title = "API-Ziel " + UUID.randomUUID();
		HttpResponse<String> created = office.send(office.request("/api/v1/strategy/goals")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"title": "%s", "field": "Sprache und Bildung", "indicator": "3-1-3", "region": "03459",
					 "baseline": {"value": 19.66, "year": 2018}, "target": {"value": 22, "year": 2026},
					 "organisations": ["%s"]}""".formatted(title, organisation)))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/api/v1/strategy/goals/");
		Map<String, Object> item = map(created.body());
		assertThat(item).containsEntry("title", title)
			.containsEntry("field", "Sprache und Bildung")
			.containsEntry("indicator", "3-1-3")
			.containsEntry("region", "03459");
		assertThat(GoalApiTest.object(item.get("target"))).containsEntry("year", 2026);
		assertThat(item.get("latest")).isNotNull();
		assertThat((String) item.get("statusReason")).contains("straight path");
		// German for a German reader, the same goal
		Map<String, Object> german = map(office.get(location, Map.of("Accept-Language", "de")).body());
		assertThat(german).containsEntry("status", item.get("status"));
		assertThat((String) german.get("statusReason")).contains("geraden Weg");
		// a custom measure with hand values: its latest hand value
		HttpResponse<String> custom = post(office, """
				{"title": "Eigene Messgröße %s", "field": "Gesundheit", "customMeasure": "Einsätze", "unit": "Einsätze",
				 "baseline": {"value": 100, "year": 2020}, "target": {"value": 200, "year": 2024},
				 "organisations": ["%s"], "values": [{"year": 2021, "value": 110}, {"year": 2022, "value": 160}]}"""
			.formatted(UUID.randomUUID(), organisation));
		assertThat(custom.statusCode()).as(custom.body()).isEqualTo(201);
		Map<String, Object> customItem = map(custom.body());
		assertThat(customItem.get("indicator")).isNull();
		assertThat(customItem.get("region")).isNull();
		assertThat(GoalApiTest.object(customItem.get("latest"))).containsEntry("year", 2022);
		// 2022 expects 150: 160 is ahead
		assertThat(customItem).containsEntry("status", "ON_TRACK");
	}

	@Test
	void aGoalLackingSmartPartsAnswers422NamingEachPart() {
		Http office = Http.withToken(this.port,
				StatisticsUsers.create(this.context, "landkreis-osnabrueck", Role.STRATEGY));
		HttpResponse<String> empty = office.send(office.request("/api/v1/strategy/goals")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
			.build());
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
		assertThat(empty.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		Map<String, String> errors = errors(empty.body());
		assertThat(errors).containsOnlyKeys("title", "field", "indicator", "baseline", "target", "organisations");
		assertThat(errors.get("target")).isEqualTo("The target value is missing.");
		assertThat(errors.get("organisations")).isEqualTo("Choose at least one responsible organisation.");

		HttpResponse<String> wrong = post(office, """
				{"title": "Ziel", "field": "Kein solches Feld", "indicator": "no-such", "region": "03459",
				 "baseline": {"value": 5, "year": 2022}, "target": {"value": 7, "year": 2021},
				 "organisations": ["%s"]}""".formatted(anOrganisation()));
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
		Map<String, String> named = errors(wrong.body());
		assertThat(named).containsOnlyKeys("field", "indicator", "target");
		assertThat(named.get("target")).isEqualTo("Das Zieljahr muss nach dem Jahr des Ausgangswerts liegen.");
		assertThat(named.get("field")).contains("Kein solches Feld");

		HttpResponse<String> notAnObject = post(office, """
				{"title": "Ziel", "field": "Wohnen", "indicator": "6-2-1", "region": "03459", "baseline": 5,
				 "target": {"value": 7, "year": 2026}, "organisations": ["%s"]}""".formatted(anOrganisation()));
		assertThat(notAnObject.statusCode()).isEqualTo(422);
		assertThat(errors(notAnObject.body())).containsKey("baseline");
	}

	@Test
	void aGoalAnswersStatementsOfItsOwnTenantOnly() {
		Http office = Http.withToken(this.port,
				StatisticsUsers.create(this.context, "landkreis-osnabrueck", Role.STRATEGY));
		UUID landkreis = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Map<String, Object> statement = AccessFixtures.of(this.context)
			.jdbc()
			.sql("SELECT id, text FROM strategy_statement WHERE tenant_id = ? ORDER BY created_at, id LIMIT 1")
			.param(landkreis)
			.query()
			.singleRow();
		String body = """
				{"title": "Antwort auf den Dialog %s", "field": "Wohnen", "indicator": "6-2-1", "region": "03459",
				 "baseline": {"value": 5, "year": 2018}, "target": {"value": 7, "year": 2026},
				 "organisations": ["%s"], "statements": [%s]}""";
		HttpResponse<String> created = post(office,
				body.formatted(UUID.randomUUID(), anOrganisation(), "\"" + statement.get("id") + "\""));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<?> answered = (List<?>) map(created.body()).get("statements");
		assertThat(answered).hasSize(1);
		assertThat(GoalApiTest.object(answered.get(0))).containsEntry("id", statement.get("id").toString())
			.containsEntry("text", statement.get("text"))
			.containsKeys("type", "field", "workshop");
		// the list shows them too
		String id = (String) map(created.body()).get("id");
		Map<String, Object> listed = ApiLists.all(office, "/api/v1/strategy/goals")
			.stream()
			.filter((item) -> id.equals(item.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat((List<?>) listed.get("statements")).hasSize(1);

		String otherTenants = otherTenantsStatement();
		HttpResponse<String> foreign = post(office,
				body.formatted(UUID.randomUUID(), anOrganisation(), "\"" + otherTenants + "\""));
		assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
		assertThat(errors(foreign.body())).containsOnlyKeys("statements");
		assertThat(errors(foreign.body()).get("statements"))
			.isEqualTo("Diese Aussage gibt es im Integrationsdialog nicht (mehr).");
		HttpResponse<String> unknown = post(office,
				body.formatted(UUID.randomUUID(), anOrganisation(), "\"" + UUID.randomUUID() + "\""));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(errors(unknown.body())).containsOnlyKeys("statements");
		HttpResponse<String> notAnId = post(office,
				body.formatted(UUID.randomUUID(), anOrganisation(), "\"kein Schlüssel\""));
		assertThat(notAnId.statusCode()).as(notAnId.body()).isEqualTo(422);
		assertThat(errors(notAnId.body())).containsKey("statements");
	}

	/** A statement of the Stadt (sent through its open demo workshop if it has none). */
	private String otherTenantsStatement() {
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		JdbcClient jdbc = AccessFixtures.of(this.context).jdbc();
		String code = jdbc.sql("""
				SELECT join_code FROM strategy_workshop WHERE tenant_id = ? AND join_code IS NOT NULL
				  AND capture_closed_at IS NULL LIMIT 1""").param(stadt).query(String.class).single();
		Http phone = new Http(this.port);
		String csrf = phone.csrfFrom("/w/" + code);
		String field = jdbc
			.sql("""
					SELECT f.name FROM strategy_workshop w JOIN strategy_dialog d ON d.tenant_id = w.tenant_id AND d.id = w.dialog_id
					JOIN strategy_field f ON f.tenant_id = d.tenant_id AND f.concept_id = d.concept_id
					WHERE w.tenant_id = ? AND w.join_code = ? ORDER BY f.position LIMIT 1""")
			.params(stadt, code)
			.query(String.class)
			.single();
		String text = "Aussage der Stadt " + UUID.randomUUID();
		HttpResponse<String> sent = phone.postForm("/w/" + code,
				Map.of("type", "STRENGTH", "text", text, "field", field), csrf);
		assertThat(sent.statusCode()).as(sent.body()).isIn(200, 302, 303);
		return jdbc.sql("SELECT id FROM strategy_statement WHERE tenant_id = ? AND text = ?")
			.params(stadt, text)
			.query(UUID.class)
			.single()
			.toString();
	}

	@Test
	void anotherTenantNeitherListsNorReadsTheGoals() {
		Http landkreis = Http.withToken(this.port, "demo-token-strategie");
		List<?> items = (List<?>) ApiLists.page(landkreis, "/api/v1/strategy/goals?size=1").get("items");
		String id = (String) ((Map<?, ?>) items.get(0)).get("id");
		Http stadt = Http.withToken(this.port, StatisticsUsers.create(this.context, "stadt-osnabrueck", Role.STRATEGY));
		assertThat(stadt.get("/api/v1/strategy/goals/" + id).statusCode()).isEqualTo(404);
		assertThat(ApiLists.all(stadt, "/api/v1/strategy/goals")).extracting((item) -> item.get("id"))
			.doesNotContain(id);
	}

	private HttpResponse<String> post(Http http, String body) {
		return http.send("POST", "/api/v1/strategy/goals", "application/json", body);
	}

	private String anOrganisation() {
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		return this.organisations.list(tenantId, new ApiPaging(0, 1)).items().get(0).id().toString();
	}

	static Map<String, Object> latestOfValuesApi(Http http, String code, String region) {
		List<Map<String, Object>> values = JSON.readValue(
				http.get("/api/v1/indicators/" + code + "/values?region=" + region).body(),
				new TypeReference<List<Map<String, Object>>>() {
				});
		return values.stream().filter((value) -> value.get("value") != null).reduce((a, b) -> b).orElseThrow();
	}

	/** A JSON object of an answer. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	static Map<String, Object> map(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	static Map<String, String> errors(String json) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		@SuppressWarnings("unchecked")
		List<Map<String, String>> list = (List<Map<String, String>>) map(json).get("errors");
		list.forEach((error) -> errors.put(error.get("field"), error.get("message")));
		return errors;
	}

}
