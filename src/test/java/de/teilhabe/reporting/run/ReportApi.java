package de.teilhabe.reporting.run;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers of the reporting tests: definitions and runs through the API. */
public final class ReportApi {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportApi() {
	}

	/** A JSON body of a definition over the Kreis and two Gemeinden. */
	public static String definition(String title, List<Map<String, Object>> chapters) {
		return JSON.writeValueAsString(Map.of("title", title, "reportingYear", 2025, "regions",
				List.of("03459", "03459024", "03459019"), "chapters", chapters));
	}

	public static Map<String, Object> freeText(String title, String text) {
		return Map.of("title", title, "kind", "FREE_TEXT", "text", text);
	}

	/** Creates a definition (as STRATEGY) and answers its id. */
	public static UUID create(Http strategy, String title) {
		HttpResponse<String> created = strategy.send("POST", "/api/v1/reports", "application/json",
				definition(title,
						List.of(freeText("Einleitung", "Ein Absatz."),
								Map.of("title", "Bevölkerung", "kind", "INDICATORS", "theme", "1"),
								Map.of("title", "Quellen", "kind", "SOURCES"))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return UUID.fromString((String) map(created.body()).get("id"));
	}

	/** Starts a run and answers its id. */
	public static UUID start(Http strategy, UUID definitionId) {
		HttpResponse<String> started = strategy.send("POST", "/api/v1/reports/" + definitionId + "/runs", null, null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return UUID.fromString((String) map(started.body()).get("id"));
	}

	/** The run as the API answers it. */
	public static Map<String, Object> run(Http http, UUID runId) {
		HttpResponse<String> response = http.get("/api/v1/reports/runs/" + runId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return map(response.body());
	}

	private static final List<String> ENDED = List.of("DONE", "FAILED", "CANCELLED");

	/**
	 * Waits (at most 60 s) until the run has the status and answers it; fails at once
	 * when it ended otherwise.
	 */
	public static Map<String, Object> awaitStatus(Http http, UUID runId, String status) {
		long until = System.currentTimeMillis() + 60_000;
		Map<String, Object> run = run(http, runId);
		while (!status.equals(run.get("status")) && !ENDED.contains(run.get("status"))
				&& System.currentTimeMillis() < until) {
			sleep(50);
			run = run(http, runId);
		}
		assertThat(run.get("status")).as(run.toString()).isEqualTo(status);
		return run;
	}

	/** Waits (at most 10 s) until the run has finished the chapters given. */
	public static Map<String, Object> awaitDone(Http http, UUID runId, int chapters) {
		long until = System.currentTimeMillis() + 10_000;
		Map<String, Object> run = run(http, runId);
		while (done(run) < chapters && System.currentTimeMillis() < until) {
			sleep(20);
			run = run(http, runId);
		}
		assertThat(done(run)).as(run.toString()).isGreaterThanOrEqualTo(chapters);
		return run;
	}

	public static int done(Map<String, Object> run) {
		return ((Number) ((Map<?, ?>) run.get("progress")).get("done")).intValue();
	}

	public static HttpResponse<String> inEnglish(Http http, String method, String path, String body) {
		HttpRequest request = http.request(path)
			.header("Accept-Language", "en")
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request);
	}

	@SuppressWarnings("unchecked")
	public static List<String> strings(Object list) {
		return (List<String>) list;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Object map) {
		return (Map<String, Object>) map;
	}

	public static Map<String, Object> map(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	/** The {@code errors} of a 422 answer as field -> message. */
	public static Map<String, String> errors(String json) {
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) map(json).get("errors");
		Map<String, String> byField = new java.util.LinkedHashMap<>();
		errors.forEach((error) -> byField.put(error.get("field"), error.get("message")));
		return byField;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
