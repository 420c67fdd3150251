package de.teilhabe.reporting.run;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import de.teilhabe.reporting.render.ReportFigure;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static de.teilhabe.reporting.run.ReportApi.awaitDone;
import static de.teilhabe.reporting.run.ReportApi.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages through the real HTTP layer: the list with the default first, the
 * editor (chapters added, moved, removed without JavaScript; a chapter without content
 * named in the error), the run page with its progress bar and htmx polling, cancel, the
 * versions with their downloads, and what changed between two versions.
 */
@IntegrationTest
class ReportPagesTest {

	@LocalServerPort
	int port;

	Http office() {
		return Http.loggedIn(this.port, "strategie", "demo");
	}

	@Test
	void theListShowsTheDefaultFirstAndOnlyStrategyMayWrite() {
		Http staff = Http.loggedIn(this.port, "beratung", "demo");
		HttpResponse<String> list = staff.get("/reports");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Migration und Integration").contains("Standard");
		assertThat(list.body()).doesNotContain("/reports/new");
		assertThat(office().get("/reports").body()).contains("/reports/new");
		assertThat(staff.get("/reports/new").statusCode()).isEqualTo(403);
	}

	@Test
	void theEditorAddsMovesAndRemovesChaptersAndNamesTheChapterWithoutContent() {
		Http office = office();
		String title = "Seitentest " + UUID.randomUUID();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("reportingYear", "2025");
		fields.put("regions", "03459");
		fields.put("chapters[0].title", "Einleitung");
		fields.put("chapters[0].kind", "FREE_TEXT");
		fields.put("chapters[0].text", "");
		fields.put("newKind", "SOURCES");
		fields.put("action", "add");
		HttpResponse<String> added = office.submit("/reports/new", "/reports", fields);
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("name=\"chapters[1].kind\" value=\"SOURCES\"");

		fields.put("chapters[1].title", "Quellen");
		fields.put("chapters[1].kind", "SOURCES");
		fields.put("action", "down-0");
		HttpResponse<String> moved = office.submit("/reports/new", "/reports", fields);
		assertThat(moved.body().indexOf("value=\"Quellen\"")).isLessThan(moved.body().indexOf("value=\"Einleitung\""));

		fields.put("action", "save");
		HttpResponse<String> invalid = office.submit("/reports/new", "/reports", fields);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Kapitel 1 „Einleitung“: Ein Textkapitel braucht einen Text.")
			.contains("href=\"#chapters-0-title\"");

		fields.put("chapters[0].text", "## Worum es geht\n\nEin Absatz.");
		HttpResponse<String> saved = office.submit("/reports/new", "/reports", fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> page = office.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.body()).contains(title).contains("Der Bericht wurde gespeichert.").contains("Einleitung");

		fields.put("action", "remove-1");
		String definitionPath = location.replaceFirst("^https?://[^/]+", "").replace("?saved", "");
		HttpResponse<String> removed = office.submit(definitionPath + "/edit", definitionPath, fields);
		assertThat(removed.body()).contains("value=\"Einleitung\"").doesNotContain("value=\"Quellen\"");
	}

	@Test
	void theRunPageShowsTheProgressPollsWithHtmxAndCancels() {
		Http api = Http.withToken(this.port, "demo-token-strategie");
		UUID definition = ReportApi.create(api, "Fortschritt " + UUID.randomUUID());
		TestReportRenderer.script(definition, new TestReportRenderer.Block(new CountDownLatch(1)));
		Http office = office();
		HttpResponse<String> started = office.submit("/reports/" + definition, "/reports/" + definition + "/runs",
				Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		String runPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID run = UUID.fromString(runPath.substring(runPath.lastIndexOf('/') + 1));
		awaitDone(api, run, 1);
		HttpResponse<String> page = office.get(runPath);
		assertThat(page.body()).contains("Kapitel 1 von 3").contains("<progress").contains("hx-trigger=\"every 1s\"");
		HttpResponse<String> fragment = office.send(office.request(runPath).header("HX-Request", "true").build());
		assertThat(fragment.body()).contains("id=\"run-status\"");

		HttpResponse<String> cancelled = office.submit(runPath, runPath + "/cancel", Map.of());
		assertThat(cancelled.statusCode()).isEqualTo(302);
		awaitStatus(api, run, "CANCELLED");
		HttpResponse<String> after = office.get(runPath);
		assertThat(after.body()).contains("Die Erstellung wurde abgebrochen.").doesNotContain("hx-trigger");
	}

	@Test
	void versionsAreListedWithTheirDocumentsAndComparedFigureByFigure() {
		Http api = Http.withToken(this.port, "demo-token-strategie");
		UUID definition = ReportApi.create(api, "Vergleich " + UUID.randomUUID());
		TestReportRenderer.script(definition, new TestReportRenderer.Figures(List.of(
				new ReportFigure("indicator:1-2-2:03459:2023", "Ausländeranteil, Landkreis Osnabrück, 2023", "9,8 %",
						"FIGURE"),
				new ReportFigure("indicator:1-2-2:03459024:2023", "Ausländeranteil, Melle, 2023", "x", "FIGURE"),
				new ReportFigure("goal:1", "Mehr Kinder in der Kita", "auf Kurs", "GOAL_STATUS")),
				Instant.parse("2026-11-01T08:00:00Z")));
		UUID first = ReportApi.start(api, definition);
		awaitStatus(api, first, "DONE");
		TestReportRenderer.script(definition,
				new TestReportRenderer.Figures(
						List.of(new ReportFigure("indicator:1-2-2:03459:2023",
								"Ausländeranteil, Landkreis Osnabrück, 2023", "10,1 %", "FIGURE"),
								new ReportFigure("indicator:1-2-2:03459:2024",
										"Ausländeranteil, Landkreis Osnabrück, 2024", "10,4 %", "FIGURE"),
								new ReportFigure("goal:1", "Mehr Kinder in der Kita", "gefährdet", "GOAL_STATUS")),
						Instant.parse("2026-12-01T08:00:00Z")));
		UUID second = ReportApi.start(api, definition);
		awaitStatus(api, second, "DONE");

		Http staff = Http.loggedIn(this.port, "beratung", "demo");
		HttpResponse<String> page = staff.get("/reports/" + definition);
		assertThat(page.body()).contains("/reports/runs/" + first + "/document.pdf")
			.contains("/reports/runs/" + second + "/document.html")
			.contains("01.11.2026 09:00")
			.doesNotContain("id=\"start-run\"");
		HttpResponse<byte[]> pdf = staff.getBytes("/reports/runs/" + first + "/document.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		HttpResponse<String> changes = staff.get("/reports/" + definition + "/changes");
		assertThat(changes.statusCode()).isEqualTo(200);
		String moved = section(changes.body(), "table-moved");
		assertThat(moved).contains("Ausländeranteil, Landkreis Osnabrück, 2023").contains("9,8 %").contains("10,1 %");
		assertThat(section(changes.body(), "table-added")).contains("Ausländeranteil, Landkreis Osnabrück, 2024");
		assertThat(section(changes.body(), "table-removed")).contains("Ausländeranteil, Melle, 2023");
		assertThat(section(changes.body(), "table-goals")).contains("Mehr Kinder in der Kita")
			.contains("auf Kurs")
			.contains("gefährdet");
		HttpResponse<String> same = staff.get("/reports/" + definition + "/changes?from=" + second + "&to=" + second);
		assertThat(same.body()).contains("id=\"no-changes\"");
		assertThat(staff.get("/reports/" + definition + "/changes?from=" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

}
