package de.teilhabe.portal;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.region.Tenants;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's public JSON API with the demo data: anonymous, paged like every list,
 * the fields of each item and of a page with its HTML, the translation status per
 * language, {@code modified_since}, ETag and 304, 404 problem+json for an unknown page,
 * another tenant's page and a language not offered, 400 for a size over 100 and a moment
 * that is none; described in the OpenAPI document.
 */
@IntegrationTest
class PortalApiTest {

	private static final String LIST = "/api/v1/public/landkreis-osnabrueck/%s/pages";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private UUID pageId(String path) {
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		return this.jdbc.sql("SELECT id FROM portal_page WHERE tenant_id = ? AND path = ?")
			.params(tenantId, path)
			.query(UUID.class)
			.single();
	}

	@Test
	void theListIsPagedWithTheStatusOfEachPage() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> response = anonymous.get(LIST.formatted("ar") + "?size=100");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		JsonNode list = read(response);
		assertThat(list.get("totalItems").asLong()).isGreaterThanOrEqualTo(31);
		assertThat(list.get("size").asInt()).isEqualTo(100);
		Map<String, JsonNode> byPath = new java.util.HashMap<>();
		list.get("items").forEach((item) -> byPath.put(item.get("path").asString(), item));
		JsonNode first = byPath.get("ankommen/erste-schritte");
		assertThat(first.get("id").asString()).isEqualTo(pageId("ankommen/erste-schritte").toString());
		assertThat(first.get("title").asString()).isEqualTo("الخطوات الأولى");
		assertThat(first.get("language").asString()).isEqualTo("ar");
		assertThat(first.get("translationStatus").asString()).isEqualTo("CURRENT");
		assertThat(Instant.parse(first.get("modified").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(byPath.get("ankommen/wohnsitz-anmelden").get("translationStatus").asString()).isEqualTo("OUTDATED");
		assertThat(byPath.get("arbeit").get("translationStatus").asString()).isEqualTo("MACHINE_TRANSLATED");
		JsonNode missing = byPath.get("wohnen/muell-trennen");
		assertThat(missing.get("translationStatus").asString()).isEqualTo("MISSING");
		assertThat(missing.get("language").asString()).isEqualTo("de");
		assertThat(missing.get("title").asString()).isEqualTo("Müll trennen");
		JsonNode farsi = read(anonymous.get(LIST.formatted("fa") + "?size=100"));
		farsi.get("items").forEach((item) -> byPath.put("fa " + item.get("path").asString(), item));
		assertThat(byPath.get("fa deutsch-lernen/integrationskurs").get("translationStatus").asString())
			.isEqualTo("IN_TRANSLATION");
		assertThat(byPath.get("fa deutsch-lernen/integrationskurs").get("language").asString()).isEqualTo("de");

		// paging: pages of 5, in path order, the last one short
		JsonNode page0 = read(anonymous.get(LIST.formatted("de") + "?size=5"));
		long total = page0.get("totalItems").asLong();
		assertThat(page0.get("items").size()).isEqualTo(5);
		assertThat(page0.get("totalPages").asInt()).isEqualTo((int) ((total + 4) / 5));
		assertThat(page0.get("items").get(0).get("translationStatus").asString()).isEqualTo("CURRENT");
		JsonNode page1 = read(anonymous.get(LIST.formatted("de") + "?size=5&page=1"));
		assertThat(page1.get("page").asInt()).isEqualTo(1);
		assertThat(page1.get("items").get(0).get("path").asString())
			.isGreaterThan(page0.get("items").get(4).get("path").asString());
		HttpResponse<String> tooLarge = anonymous.get(LIST.formatted("de") + "?size=101");
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void modifiedSinceListsOnlyTheChangedPages() {
		Http anonymous = new Http(this.port);
		UUID id = pageId("freizeit/bildung-und-teilhabe");
		Instant before = Instant.now().minusSeconds(1);
		this.jdbc.sql("UPDATE portal_version SET modified_at = now() WHERE page_id = ? AND language = 'de'")
			.param(id)
			.update();
		JsonNode changed = read(anonymous.get(LIST.formatted("en") + "?modified_since=" + before));
		assertThat(changed.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(changed.get("items").findValuesAsString("id")).contains(id.toString());
		JsonNode none = read(anonymous.get(LIST.formatted("en") + "?modified_since=2999-01-01T00:00:00Z"));
		assertThat(none.get("totalItems").asLong()).isZero();
		assertThat(none.get("items").size()).isZero();
		HttpResponse<String> wrong = anonymous.get(LIST.formatted("en") + "?modified_since=gestern");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(read(wrong).get("detail").asString()).contains("gestern");
	}

	@Test
	void aPageWithItsHtmlAndETag() {
		Http anonymous = new Http(this.port);
		UUID id = pageId("notfall");
		String path = LIST.formatted("ar") + "/" + id;
		HttpResponse<String> response = anonymous.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = read(response);
		assertThat(page.get("id").asString()).isEqualTo(id.toString());
		assertThat(page.get("path").asString()).isEqualTo("notfall");
		assertThat(page.get("title").asString()).isEqualTo("الطوارئ: أرقام هواتف مهمة");
		assertThat(page.get("language").asString()).isEqualTo("ar");
		assertThat(page.get("dir").asString()).isEqualTo("rtl");
		assertThat(page.get("translationStatus").asString()).isEqualTo("CURRENT");
		assertThat(page.get("html").asString()).contains("<table>", "<a href=\"tel:112\">112</a>");
		assertThat(page.get("modified").asString()).isNotBlank();
		assertThat(page.get("url").asString()).isEqualTo("/p/landkreis-osnabrueck/ar/notfall");
		assertThat(page.get("languages").toString()).contains("\"de\"", "\"en\"", "\"ar\"", "\"uk\"", "\"fa\"");

		String etag = response.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = anonymous.get(path, Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		String listTag = anonymous.get(LIST.formatted("ar")).headers().firstValue("ETag").orElseThrow();
		assertThat(anonymous.get(LIST.formatted("ar"), Map.of("If-None-Match", listTag)).statusCode()).isEqualTo(304);
	}

	@Test
	void unknownPagesOtherTenantsAndLanguagesAnswer404ProblemJson() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> unknown = anonymous.get(LIST.formatted("de") + "/" + UUID.randomUUID());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(read(unknown).get("detail").asString()).isEqualTo("Diese Seite gibt es nicht.");
		UUID landkreisPage = pageId("ankommen");
		assertThat(anonymous.get("/api/v1/public/stadt-osnabrueck/de/pages/" + landkreisPage).statusCode())
			.isEqualTo(404);
		assertThat(anonymous.get("/api/v1/public/stadt-osnabrueck/de/pages").body()).doesNotContain("ankommen");
		assertThat(anonymous.get("/api/v1/public/landkreis-osnabrueck/xx/pages").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/public/niemand/de/pages").statusCode()).isEqualTo(404);
		assertThat(anonymous.get(LIST.formatted("de") + "/keine-uuid").statusCode()).isEqualTo(400);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		assertThat(document).contains("/api/v1/public/{slug}/{language}/pages",
				"/api/v1/public/{slug}/{language}/pages/{id}", "modified_since", "translationStatus",
				"Portal (public)");
	}

}
