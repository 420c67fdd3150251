package de.teilhabe.reporting.run;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop from the counselling service's own work into the generated report, through the
 * real HTTP layer on the demo Landkreis: once the demo's twelve months of counselling
 * counts are published to the monitoring, a report with a chapter of the theme
 * „Beratungsstelle für Zugewanderte“ shows the shipped indicators over them
 * (Beratungsfälle, Ratsuchende, Kontakte je Monat) beside the official statistics: the
 * Kreis's months with the same numbers as the indicator API, the Gemeinden's latest
 * months with every secret count as x (never 0, never empty).
 */
@IntegrationTest
class CounsellingInReportTest {

	/** Gemeinden of the demo Landkreis, large and small. */
	private static final List<String> GEMEINDEN = List.of("03459014", "03459024", "03459019", "03459017", "03459030");

	@LocalServerPort
	int port;

	@Test
	void theReportShowsTheCounsellingFiguresWithSecretCountsAsX() throws InterruptedException {
		Http strategy = Http.withToken(this.port, "demo-token-strategie");
		// the demo publishes the counselling series while the platform already serves
		long until = System.currentTimeMillis() + 240_000;
		List<Map<String, Object>> kreis = values(strategy, "beratung-faelle", "03459");
		while (kreis.size() < 12 && System.currentTimeMillis() < until) {
			Thread.sleep(500);
			kreis = values(strategy, "beratung-faelle", "03459");
		}
		assertThat(kreis).as("twelve published months of the demo Landkreis").hasSizeGreaterThanOrEqualTo(12);

		List<String> regions = new ArrayList<>();
		regions.add("03459");
		regions.addAll(GEMEINDEN);
		HttpResponse<String> created = strategy.send("POST", "/api/v1/reports", "application/json",
				ReportApi.JSON.writeValueAsString(Map.of("title", "Beratung im Bericht " + System.nanoTime(),
						"reportingYear", 2026, "regions", regions, "chapters", List.of(
								Map.of("title", "Beratungsstelle für Zugewanderte", "kind", "INDICATORS", "theme",
										"beratung"),
								Map.of("title", "Bevölkerung", "kind", "INDICATORS", "theme", "1")))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		UUID definition = UUID.fromString((String) ReportApi.map(created.body()).get("id"));
		UUID run = ReportApi.start(strategy, definition);
		ReportApi.awaitStatus(strategy, run, "DONE");
		HttpResponse<String> document = strategy.get("/api/v1/reports/runs/" + run + "/document.html");
		assertThat(document.statusCode()).isEqualTo(200);
		String html = document.body();

		int chapter = html.indexOf(" Beratungsstelle für Zugewanderte</h2>");
		assertThat(chapter).as("the chapter on the counselling service").isPositive();
		// beside the official statistics of the same report
		assertThat(html).contains(" Bevölkerung</h2>");
		String cases = indicator(html, chapter, "Beratungsfälle je Monat");
		assertThat(indicator(html, chapter, "Ratsuchende mit neuem Fall je Monat")).contains("<td class=\"num\">");
		assertThat(indicator(html, chapter, "Beratungskontakte je Monat")).contains("<td class=\"num\">");

		// the Kreis's table: every published month with the indicator's value
		Map<String, String> printed = new LinkedHashMap<>();
		Matcher month = Pattern.compile("<tr><th scope=\"row\">(\\d{4}-\\d{2})</th><td class=\"num\">([^<]*)</td>")
			.matcher(cases.substring(0, cases.indexOf("-gemeinden\"")));
		while (month.find()) {
			printed.put(month.group(1), month.group(2));
		}
		assertThat(printed).hasSizeGreaterThanOrEqualTo(12);
		for (Map<String, Object> value : kreis) {
			assertThat(printed.get((String) value.get("period"))).as("Kreis " + value.get("period"))
				.isEqualTo(expected(value));
		}
		assertThat(printed.values()).as("the Landkreis's months have cases").anyMatch((v) -> v.matches("[1-9][\\d.]*"));

		// the Gemeinden's latest months: a secret count is x, never 0
		String gemeinden = cases.substring(cases.indexOf("-gemeinden\""));
		gemeinden = gemeinden.substring(0, gemeinden.indexOf("</table>"));
		List<String> periods = new ArrayList<>();
		Matcher header = Pattern.compile("<th scope=\"col\" class=\"num\">(\\d{4}-\\d{2})</th>").matcher(gemeinden);
		while (header.find()) {
			periods.add(header.group(1));
		}
		assertThat(periods).hasSize(3);
		Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>((?:<td class=\"num\">[^<]*</td>)+)</tr>")
			.matcher(gemeinden);
		List<List<String>> rows = new ArrayList<>();
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(2));
			while (cell.find()) {
				cells.add(cell.group(1));
			}
			rows.add(cells);
		}
		assertThat(rows).hasSize(GEMEINDEN.size());
		int secret = 0;
		for (int i = 0; i < GEMEINDEN.size(); i++) {
			Map<String, String> byPeriod = new LinkedHashMap<>();
			for (Map<String, Object> value : values(strategy, "beratung-faelle", GEMEINDEN.get(i))) {
				byPeriod.put((String) value.get("period"), expected(value));
			}
			for (int j = 0; j < periods.size(); j++) {
				String shown = rows.get(i).get(j);
				assertThat(shown).as(GEMEINDEN.get(i) + " " + periods.get(j)).isNotEmpty();
				if (byPeriod.containsKey(periods.get(j))) {
					assertThat(shown).as(GEMEINDEN.get(i) + " " + periods.get(j))
						.isEqualTo(byPeriod.get(periods.get(j)));
				}
				if ("x".equals(shown)) {
					secret++;
				}
			}
		}
		assertThat(secret).as("secret Gemeinde counts shown as x").isPositive();
	}

	/** What the report prints for a value of the API: x when secret, else the number. */
	private static String expected(Map<String, Object> value) {
		if (value.get("value") == null) {
			assertThat(value.get("symbol")).as(value.toString()).isEqualTo("SECRET");
			return "x";
		}
		long n = ((Number) value.get("value")).longValue();
		return String.format(java.util.Locale.GERMAN, "%,d", n);
	}

	/** An indicator's part of the chapter: from its title to its source line. */
	private static String indicator(String html, int chapter, String title) {
		int start = html.indexOf(">" + title + "<", chapter);
		assertThat(start).as(title).isPositive();
		return html.substring(start, html.indexOf("report-source", start));
	}

	private static List<Map<String, Object>> values(Http http, String code, String region) {
		HttpResponse<String> response = http.get("/api/v1/indicators/" + code + "/values?region=" + region);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ReportApi.JSON.readValue(response.body(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

}
