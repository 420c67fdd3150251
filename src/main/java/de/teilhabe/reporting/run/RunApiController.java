package de.teilhabe.reporting.run;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report runs API: start a run of a definition (STRATEGY; 202 with {@code {id,
 * status, progress: {done, total}}}, 422 naming each problem of an invalid definition), a
 * run's status with its progress and, when it failed, its reason (staff read), cancel it
 * (STRATEGY; 409 once it has ended), and its document as PDF or HTML once DONE (409
 * problem+json before). The report's language is the request's {@code Accept-Language}
 * (German by default). See docs/reporting.md.
 */
@RestController
class RunApiController {

	private final ReportRuns reportRuns;

	private final RunStore runs;

	private final RunDocuments documents;

	RunApiController(ReportRuns reportRuns, RunStore runs, RunDocuments documents) {
		this.reportRuns = reportRuns;
		this.runs = runs;
		this.documents = documents;
	}

	@PostMapping("/api/v1/reports/{id}/runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<Map<String, Object>> start(@PathVariable UUID id, Locale locale) {
		Run run = this.reportRuns.start(CurrentActor.get(), id, locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", run.id());
		body.put("status", run.status().name());
		body.put("progress", progress(run));
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/reports/runs/" + run.id()))
			.body(body);
	}

	@GetMapping("/api/v1/reports/runs/{runId}")
	Map<String, Object> one(@PathVariable UUID runId) {
		return item(this.runs.find(CurrentActor.get().tenantId(), runId)
			.orElseThrow(() -> new NotFoundException("reporting.run.error.notFound")));
	}

	@DeleteMapping("/api/v1/reports/runs/{runId}")
	Map<String, Object> cancel(@PathVariable UUID runId) {
		return item(this.reportRuns.cancel(CurrentActor.get().tenantId(), runId));
	}

	@GetMapping("/api/v1/reports/runs/{runId}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID runId) {
		return this.documents.pdf(CurrentActor.get().tenantId(), runId);
	}

	@GetMapping("/api/v1/reports/runs/{runId}/document.html")
	ResponseEntity<String> html(@PathVariable UUID runId) {
		return this.documents.html(CurrentActor.get().tenantId(), runId);
	}

	private static Map<String, Object> item(Run run) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", run.id());
		body.put("definition", run.definitionId());
		body.put("status", run.status().name());
		body.put("progress", progress(run));
		if (run.status() == RunStatus.FAILED) {
			body.put("reason", run.reason());
		}
		body.put("startedBy", run.startedByName());
		body.put("queuedAt", run.queuedAt());
		body.put("startedAt", run.startedAt());
		body.put("endedAt", run.endedAt());
		if (run.status() == RunStatus.DONE) {
			body.put("dataAsOf", run.dataAsOf());
			body.put("pages", run.pages());
		}
		return body;
	}

	private static Map<String, Object> progress(Run run) {
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("done", run.done());
		progress.put("total", run.total());
		return progress;
	}

}
