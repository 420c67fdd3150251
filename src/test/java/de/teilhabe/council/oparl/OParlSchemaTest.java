package de.teilhabe.council.oparl;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OParl object and every list page the council's demo data produces validates
 * against the official OParl 1.1 JSON schemas ({@code src/test/resources/oparl-schema},
 * CC BY-SA 4.0): the System, every Body, every page of every list of the Landkreis (with
 * and without {@code omit_internal}), and the objects fetched at their ids (each list's
 * first objects and every tombstone), whose {@code id} is the address they were fetched
 * from. Embedded objects are checked through the schemas' references.
 */
@IntegrationTest
class OParlSchemaTest {

	static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
			(builder) -> builder.schemaIdResolvers(
					(resolvers) -> resolvers.mapPrefix("https://schema.oparl.org/1.1/", "classpath:oparl-schema/")));

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> LISTS = List.of("organizations", "persons", "meetings", "papers", "legislative-terms",
			"memberships", "agenda-items", "files", "consultations", "locations");

	@LocalServerPort
	int port;

	@Test
	void theValidatorRefusesAnObjectThatBreaksItsSchema() {
		List<Error> errors = errors(JSON.readTree(
				"""
						{"id": "http://localhost/oparl/v1.1/x", "type": "https://schema.oparl.org/1.1/Meeting",
						 "start": 5, "agendaItem": [{"id": "http://localhost/a", "type": "https://schema.oparl.org/1.1/AgendaItem"}]}"""));
		// start is no string, the embedded agenda item lacks its order
		assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void everyObjectAndListPageOfTheDemoDataValidates() {
		Http http = new Http(this.port);
		JsonNode system = json(http, "/oparl/v1.1/system");
		assertValid(system, "system");
		assertThat(system.get("id").asString()).isEqualTo(http.base() + "/oparl/v1.1/system");
		JsonNode bodies = json(http, path(http, system.get("body").asString()));
		assertThat(bodies.get("data")).isNotEmpty();
		JsonNode landkreis = null;
		for (JsonNode body : bodies.get("data")) {
			assertValid(body, "bodies");
			if (body.get("id").asString().endsWith("/bodies/landkreis-osnabrueck")) {
				landkreis = body;
			}
		}
		assertThat(landkreis).isNotNull();
		assertThat(landkreis.get("ags").asString()).isEqualTo("03459");
		assertValid(json(http, path(http, landkreis.get("id").asString())), "body");
		// the two demo terms, and those the office's forms add in other tests
		assertThat(landkreis.get("legislativeTerm")).hasSizeGreaterThanOrEqualTo(2);

		Map<String, Integer> counts = new LinkedHashMap<>();
		List<JsonNode> toFetch = new ArrayList<>();
		String[] attributes = { "organization", "person", "meeting", "paper", "legislativeTermList", "membership",
				"agendaItem", "file", "consultation", "locationList" };
		for (String attribute : attributes) {
			String next = path(http, landkreis.get(attribute).asString()) + "?limit=100";
			int objects = 0;
			int pages = 0;
			while (next != null) {
				JsonNode page = json(http, next);
				pages++;
				assertThat(page.get("pagination").get("elementsPerPage").asInt()).isEqualTo(100);
				for (JsonNode object : page.get("data")) {
					assertValid(object, next);
					// nothing was made or changed in the future
					assertThat(OffsetDateTime.parse(object.get("created").asString())).as(object.toString())
						.isBeforeOrEqualTo(OffsetDateTime.now());
					assertThat(OffsetDateTime.parse(object.get("modified").asString()))
						.isAfterOrEqualTo(OffsetDateTime.parse(object.get("created").asString()))
						.isBeforeOrEqualTo(OffsetDateTime.now());
					if (objects < 3 || object.has("deleted")) {
						toFetch.add(object);
					}
					objects++;
				}
				assertThat(page.get("pagination").get("totalElements").asInt()).isGreaterThanOrEqualTo(objects);
				next = page.get("links").has("next") ? path(http, page.get("links").get("next").asString()) : null;
			}
			assertThat(pages).as(attribute).isGreaterThanOrEqualTo(1);
			counts.put(attribute, objects);
		}
		// the demo data: every list holds something, the big ones more than one page
		assertThat(counts.values()).allSatisfy((count) -> assertThat(count).isPositive());
		assertThat(counts.get("agendaItem")).isGreaterThan(100);
		assertThat(counts.get("person")).isGreaterThanOrEqualTo(20);
		// the two demo terms, and those the office's forms add in other tests
		assertThat(counts.get("legislativeTermList")).isGreaterThanOrEqualTo(2);

		for (JsonNode object : toFetch) {
			String id = object.get("id").asString();
			JsonNode fetched = json(http, path(http, id));
			assertValid(fetched, id);
			assertThat(fetched.get("id").asString()).isEqualTo(id);
		}
		for (String list : List.of("meetings", "papers", "persons")) {
			JsonNode page = json(http, "/oparl/v1.1/bodies/landkreis-osnabrueck/" + list + "?omit_internal=true");
			for (JsonNode object : page.get("data")) {
				assertValid(object, list + " omit_internal");
				assertThat(object.has("agendaItem") || object.has("mainFile") || object.has("membership")
						|| object.has("location"))
					.as(object.toString())
					.isFalse();
			}
		}
	}

	static String path(Http http, String url) {
		assertThat(url).startsWith(http.base() + "/oparl/v1.1/");
		return url.substring(http.base().length());
	}

	static JsonNode json(Http http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return JSON.readTree(response.body());
	}

	static void assertValid(JsonNode object, String where) {
		assertThat(errors(object)).as(where + ": " + object).isEmpty();
	}

	static List<Error> errors(JsonNode object) {
		String type = object.get("type").asString();
		assertThat(type).startsWith("https://schema.oparl.org/1.1/");
		Schema schema = SCHEMAS.getSchema(SchemaLocation.of(type + ".json"));
		return schema.validate(object);
	}

}
