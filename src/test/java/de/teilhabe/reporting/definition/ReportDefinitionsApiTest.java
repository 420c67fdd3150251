package de.teilhabe.reporting.definition;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.reporting.run.ReportApi;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static de.teilhabe.reporting.run.ReportApi.errors;
import static de.teilhabe.reporting.run.ReportApi.freeText;
import static de.teilhabe.reporting.run.ReportApi.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definitions API through the real HTTP layer: every tenant has its default
 * definition, listed first, in the structure of a Kreis report over its region and all
 * its Städte and Gemeinden; a bad definition answers 422 naming the chapter in the
 * reader's language; a definition is created and changed.
 */
@IntegrationTest
class ReportDefinitionsApiTest {

	@LocalServerPort
	int port;

	@Test
	void theDefaultDefinitionIsListedFirstInTheStructureOfAKreisReport() {
		List<Map<String, Object>> items = ApiLists.all(Http.withToken(this.port, "demo-token-beratung"),
				"/api/v1/reports");
		Map<String, Object> first = items.get(0);
		assertThat(first.get("standard")).isEqualTo(true);
		assertThat((String) first.get("title")).startsWith("Migration und Integration ");
		@SuppressWarnings("unchecked")
		List<String> regions = (List<String>) first.get("regions");
		assertThat(regions.get(0)).isEqualTo("03459");
		// the Landkreis and its 34 Städte und Gemeinden, e.g. Melle and Bramsche
		assertThat(regions).hasSize(35).contains("03459024", "03459011").doesNotContain("03404000");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> chapters = (List<Map<String, Object>>) first.get("chapters");
		assertThat(chapters).extracting((chapter) -> chapter.get("kind"))
			.containsExactly("FREE_TEXT", "INDICATORS", "INDICATORS", "INDICATORS", "INDICATORS", "INDICATORS",
					"INDICATORS", "GOALS_AND_MEASURES", "REGION_PROFILES", "SOURCES");
		assertThat(chapters).extracting((chapter) -> chapter.get("title"))
			.containsExactly("Einleitung", "Bevölkerung und Migration", "Rechtlicher Status und Einbürgerung",
					"Frühkindliche Bildung und Schule", "Arbeit und Sozialleistungen",
					"Integrationslotsinnen und -lotsen", "Beratungsstelle für Zugewanderte", "Ziele und Maßnahmen",
					"Die Städte und Gemeinden", "Quellen und Methoden");
		// the guide network: the shipped indicators over its monthly counts, by their
		// theme
		assertThat(chapters.get(5).get("theme")).isEqualTo("ilos");
		// the counselling service: the shipped indicators over its monthly counts
		assertThat(chapters.get(6).get("theme")).isEqualTo("beratung");
		assertThat(chapters.get(1).get("theme")).isEqualTo("1");
		assertThat(ReportApi.strings(chapters.get(3).get("indicators"))).contains("3-1-3", "4-1-4");
		assertThat(items.stream().filter((item) -> Boolean.TRUE.equals(item.get("standard")))).hasSize(1);
	}

	@Test
	void theOtherTenantHasItsOwnDefault() {
		List<Map<String, Object>> items = ApiLists.all(Http.withToken(this.port, "demo-token-stadt-admin"),
				"/api/v1/reports");
		assertThat(items.get(0).get("standard")).isEqualTo(true);
		assertThat(ReportApi.strings(items.get(0).get("regions"))).first().isEqualTo("03404");
		assertThat(items)
			.allSatisfy((item) -> assertThat(ReportApi.strings(item.get("regions"))).doesNotContain("03459"));
	}

	@Test
	void aBadDefinitionAnswers422NamingTheChapter() {
		Http strategy = Http.withToken(this.port, "demo-token-strategie");
		String body = ReportApi.JSON
			.writeValueAsString(Map.of("title", "Schlecht", "reportingYear", 2025, "regions", List.of(), "chapters",
					List.of(freeText("Einleitung", "Text."), Map.of("title", "Leer", "kind", "FREE_TEXT"),
							Map.of("title", "Zahlen", "kind", "INDICATORS"),
							Map.of("title", "Unbekannt", "kind", "INDICATORS", "indicators", List.of("9-9-9")))));
		HttpResponse<String> german = strategy.send("POST", "/api/v1/reports", "application/json", body);
		assertThat(german.statusCode()).as(german.body()).isEqualTo(422);
		Map<String, String> errors = errors(german.body());
		assertThat(errors.keySet()).containsExactly("regions", "chapters[1]", "chapters[2]", "chapters[3]");
		assertThat(errors.get("chapters[1]")).isEqualTo("Kapitel 2 „Leer“: Ein Textkapitel braucht einen Text.");
		assertThat(errors.get("chapters[2]")).contains("Kapitel 3 „Zahlen“").contains("Themenfeld");
		assertThat(errors.get("chapters[3]")).contains("Kapitel 4 „Unbekannt“").contains("9-9-9");

		HttpResponse<String> english = ReportApi.inEnglish(strategy, "POST", "/api/v1/reports", body);
		assertThat(english.statusCode()).isEqualTo(422);
		assertThat(errors(english.body()).get("chapters[1]"))
			.isEqualTo("Chapter 2 \"Leer\": a text chapter needs a text.");
		assertThat(errors(english.body()).get("regions")).isEqualTo("Please choose at least one region.");

		HttpResponse<String> unknownKind = strategy.send("POST", "/api/v1/reports", "application/json",
				ReportApi.definition("Art", List.of(Map.of("title", "Was", "kind", "POEM"))));
		assertThat(unknownKind.statusCode()).isEqualTo(422);
		assertThat(errors(unknownKind.body())).containsOnlyKeys("chapters[0]");
		HttpResponse<String> empty = strategy.send("POST", "/api/v1/reports", "application/json", "{}");
		assertThat(errors(empty.body()).keySet()).containsExactly("title", "reportingYear", "regions", "chapters");
	}

	@Test
	void aDefinitionIsCreatedAndChanged() {
		Http strategy = Http.withToken(this.port, "demo-token-strategie");
		String title = "Neu " + UUID.randomUUID();
		UUID id = ReportApi.create(strategy, title);
		Map<String, Object> created = map(strategy.get("/api/v1/reports/" + id).body());
		assertThat(created.get("title")).isEqualTo(title);
		assertThat(created.get("standard")).isEqualTo(false);
		assertThat(ReportApi.strings(created.get("regions"))).containsExactly("03459", "03459024", "03459019");
		HttpResponse<String> changed = strategy.send("PUT", "/api/v1/reports/" + id, "application/json",
				ReportApi.definition(title + " geändert", List.of(freeText("Nur Text", "Absatz"))));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(map(changed.body()).get("title")).isEqualTo(title + " geändert");
		assertThat(ReportApi.strings(map(changed.body()).get("chapters"))).hasSize(1);
		assertThat(ApiLists.all(strategy, "/api/v1/reports"))
			.anySatisfy((item) -> assertThat(item.get("title")).isEqualTo(title + " geändert"));
	}

}
