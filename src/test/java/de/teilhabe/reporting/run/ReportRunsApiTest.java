package de.teilhabe.reporting.run;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import de.teilhabe.monitoring.ComputationKind;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorComputation.Component;
import de.teilhabe.monitoring.IndicatorComputation.Term;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.teilhabe.reporting.run.ReportApi.awaitDone;
import static de.teilhabe.reporting.run.ReportApi.awaitStatus;
import static de.teilhabe.reporting.run.ReportApi.create;
import static de.teilhabe.reporting.run.ReportApi.map;
import static de.teilhabe.reporting.run.ReportApi.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report runs through the real HTTP layer with the test renderer: 202 with the run's
 * status and progress, DONE with its documents (409 problem+json before), cancel of a
 * running run (409 once ended), a failure with its reason that leaves the earlier version
 * downloadable, two runs at once each with their own document, another tenant's run not
 * found; a definition that became invalid after saving (an indicator of a chapter
 * deleted) refused with the chapter named, in the API and on the page, without a run.
 */
@IntegrationTest
class ReportRunsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Autowired
	Tenants tenants;

	Http strategy() {
		return Http.withToken(this.port, "demo-token-strategie");
	}

	@Test
	void aRunAnswers202ThenRunsToDoneWithItsHtmlAndPdf() {
		Http strategy = strategy();
		UUID definition = create(strategy, "Lauf-Test " + UUID.randomUUID());
		HttpResponse<String> started = strategy.send("POST", "/api/v1/reports/" + definition + "/runs", null, null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		Map<String, Object> body = map(started.body());
		assertThat(body.keySet()).containsExactly("id", "status", "progress");
		assertThat(body.get("status")).isIn("QUEUED", "RUNNING", "DONE");
		assertThat(ReportApi.object(body.get("progress"))).containsEntry("total", 3);
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/reports/runs/" + body.get("id"));
		UUID run = UUID.fromString((String) body.get("id"));

		Http staff = Http.withToken(this.port, "demo-token-beratung");
		Map<String, Object> done = awaitStatus(staff, run, "DONE");
		assertThat(ReportApi.object(done.get("progress"))).containsEntry("done", 3).containsEntry("total", 3);
		assertThat(done).doesNotContainKey("reason");
		HttpResponse<String> html = staff.get("/api/v1/reports/runs/" + run + "/document.html");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.body()).contains("Bevölkerung").contains("Quellen");
		HttpResponse<byte[]> pdf = staff.getBytes("/api/v1/reports/runs/" + run + "/document.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aRunningRunIsCancelledAndItsDocumentIsNotThere() {
		Http strategy = strategy();
		UUID definition = create(strategy, "Abbruch-Test " + UUID.randomUUID());
		CountDownLatch never = new CountDownLatch(1);
		TestReportRenderer.script(definition, new TestReportRenderer.Block(never));
		UUID run = start(strategy, definition);
		Map<String, Object> running = awaitDone(strategy, run, 1);
		assertThat(running.get("status")).isEqualTo("RUNNING");
		assertThat(ReportApi.object(running.get("progress"))).containsEntry("done", 1).containsEntry("total", 3);

		HttpResponse<String> early = strategy.get("/api/v1/reports/runs/" + run + "/document.pdf");
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat((String) map(early.body()).get("detail")).contains("RUNNING");

		HttpResponse<String> cancel = strategy.send("DELETE", "/api/v1/reports/runs/" + run, null, null);
		assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
		awaitStatus(strategy, run, "CANCELLED");
		HttpResponse<String> again = strategy.send("DELETE", "/api/v1/reports/runs/" + run, null, null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(strategy.get("/api/v1/reports/runs/" + run + "/document.html").statusCode()).isEqualTo(409);
	}

	@Test
	void aDefinitionThatBecameInvalidAfterSavingIsRefusedNamingTheChapterWithoutARun() {
		// an own indicator of the demo Landkreis, chosen in a chapter, deleted after
		// saving
		UUID tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Actor actor = new Actor(UUID.randomUUID(), tenant, "strategie", "Strategie", Set.of(Role.STRATEGY));
		String code = "LAUF-" + UUID.randomUUID().toString().substring(0, 8);
		this.indicators.define(actor,
				new NewIndicator(code, "Einwohner laut eigener Rechnung", "Inhabitants", "1", null,
						"Einwohnerinnen und Einwohner", "Personen", 0, Polarity.NEUTRAL, "Eigene Rechnung",
						new IndicatorComputation(ComputationKind.DIRECT,
								new Term(new Component("1-1-1", Map.of(), List.of(), 0), null, null), null, 0, null),
						Map.of()));
		Http strategy = strategy();
		HttpResponse<String> created = strategy.send("POST", "/api/v1/reports", "application/json",
				ReportApi.definition("Veraltet " + UUID.randomUUID(),
						List.of(ReportApi.freeText("Einleitung", "Ein Absatz."),
								Map.of("title", "Eigene Zahlen", "kind", "INDICATORS", "indicators", List.of(code)))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		UUID definition = UUID.fromString((String) map(created.body()).get("id"));
		this.indicators.delete(actor, code);

		HttpResponse<String> refused = strategy.send("POST", "/api/v1/reports/" + definition + "/runs", null, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(String.valueOf(map(refused.body()).get("errors"))).contains("field=chapters[1]")
			.contains("Kapitel 2 „Eigene Zahlen“: Den Indikator „" + code + "“ gibt es nicht.");
		// the page: the same message above the definition, no run started
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> started = office.submit("/reports/" + definition, "/reports/" + definition + "/runs",
				Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(location).isEqualTo("/reports/" + definition);
		HttpResponse<String> page = office.get(location);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"run-problems\"")
			.contains("Kapitel 2 „Eigene Zahlen“: Den Indikator „" + code + "“ gibt es nicht.")
			.doesNotContain("/reports/runs/");
	}

	@Test
	void aFailedRunSaysWhyAndTheEarlierVersionStays() {
		Http strategy = strategy();
		UUID definition = create(strategy, "Fehler-Test " + UUID.randomUUID());
		UUID first = start(strategy, definition);
		awaitStatus(strategy, first, "DONE");
		TestReportRenderer.script(definition, new TestReportRenderer.Fail("Die Werte von 1-2-2 sind nicht lesbar"));
		UUID second = start(strategy, definition);
		Map<String, Object> failed = awaitStatus(strategy, second, "FAILED");
		assertThat((String) failed.get("reason")).contains("konnte nicht erstellt werden")
			.contains("Die Werte von 1-2-2 sind nicht lesbar");
		assertThat(strategy.get("/api/v1/reports/runs/" + second + "/document.pdf").statusCode()).isEqualTo(409);
		HttpResponse<String> earlier = strategy.get("/api/v1/reports/runs/" + first + "/document.html");
		assertThat(earlier.statusCode()).isEqualTo(200);
		assertThat(earlier.body()).contains("Einleitung");
	}

	@Test
	void twoRunsAtOnceDoNotDisturbEachOther() {
		Http strategy = strategy();
		String firstTitle = "Parallel A " + UUID.randomUUID();
		String secondTitle = "Parallel B " + UUID.randomUUID();
		UUID a = create(strategy, firstTitle);
		UUID b = create(strategy, secondTitle);
		CountDownLatch release = new CountDownLatch(1);
		TestReportRenderer.script(a, new TestReportRenderer.Block(release));
		TestReportRenderer.script(b, new TestReportRenderer.Block(release));
		UUID runA = start(strategy, a);
		UUID runB = start(strategy, b);
		awaitDone(strategy, runA, 1);
		awaitDone(strategy, runB, 1);
		assertThat(ReportApi.run(strategy, runA).get("status")).isEqualTo("RUNNING");
		assertThat(ReportApi.run(strategy, runB).get("status")).isEqualTo("RUNNING");
		release.countDown();
		awaitStatus(strategy, runA, "DONE");
		awaitStatus(strategy, runB, "DONE");
		assertThat(strategy.get("/api/v1/reports/runs/" + runA + "/document.html").body()).contains(firstTitle)
			.doesNotContain(secondTitle);
		assertThat(strategy.get("/api/v1/reports/runs/" + runB + "/document.html").body()).contains(secondTitle)
			.doesNotContain(firstTitle);
	}

	@Test
	void theDateOfTheDataIsKeptWithTheVersion() {
		Http strategy = strategy();
		UUID definition = create(strategy, "Datenstand-Test " + UUID.randomUUID());
		TestReportRenderer.script(definition,
				new TestReportRenderer.Figures(List.of(), Instant.parse("2026-11-30T10:15:00Z")));
		UUID run = start(strategy, definition);
		Map<String, Object> done = awaitStatus(strategy, run, "DONE");
		assertThat(Instant.parse(((String) done.get("dataAsOf")).replace("+00:00", "Z")))
			.isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
		assertThat(done.get("startedBy")).isNotNull();
	}

	@Test
	void theApiIsInTheOpenApiDocument() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		assertThat(document).contains("/api/v1/reports/{id}/runs")
			.contains("/api/v1/reports/runs/{runId}/document.pdf")
			.contains("/api/v1/reports/runs/{runId}/document.html");
		Map<String, Object> paths = ReportApi.object(map(document).get("paths"));
		Map<String, Object> runs = ReportApi.object(paths.get("/api/v1/reports/{id}/runs"));
		Map<String, Object> start = ReportApi.object(runs.get("post"));
		assertThat(ReportApi.object(start.get("responses"))).containsKey("202");
	}

	@Test
	void anotherTenantsRunAndDefinitionAreNotFound() {
		Http strategy = strategy();
		UUID definition = create(strategy, "Mandanten-Test " + UUID.randomUUID());
		UUID run = start(strategy, definition);
		awaitStatus(strategy, run, "DONE");
		Http other = Http.withToken(this.port, "demo-token-stadt-admin");
		assertThat(other.get("/api/v1/reports/runs/" + run).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/reports/runs/" + run + "/document.pdf").statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/reports/" + definition).statusCode()).isEqualTo(404);
	}

}
