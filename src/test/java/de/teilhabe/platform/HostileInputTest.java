package de.teilhabe.platform;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.teilhabe.platform.EndpointRoleMatrixTest.Matrix;
import de.teilhabe.platform.EndpointRoleMatrixTest.Probes;
import de.teilhabe.platform.EndpointRoleMatrixTest.Row;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every endpoint of the access matrix, sent as a user whom the row lets
 * through (the first role with a Y): NUL in the query, in form fields and JSON, in the
 * address and in an upload's file name, 100 kB strings, values of the wrong type, empty
 * bodies and broken multipart bodies. Whatever the answer, it is never a 5xx. Bad input
 * in text (a control character, an unreadable multipart body) answers 400.
 */
@IntegrationTest
class HostileInputTest {

	static final String NUL = "\u0000";

	static final String LONG = "Wort ".repeat(20_480); // 100 kB

	/**
	 * Fields that most forms and JSON bodies have, for rows whose form page is unknown.
	 */
	static final List<String> COMMON_FIELDS = List.of("name", "title", "description", "email", "phone", "q", "reason",
			"confirm", "code", "titleDe", "version", "startsAt", "year", "region", "roles", "password");

	private static final Pattern FIELD = Pattern.compile("<(?:input|textarea|select)[^>]*\\sname=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void noEndpointAnswersHostileInputWithAServerError() {
		Probes probes = new Probes(this.port, null, null);
		List<String> failures = new ArrayList<>();
		Matrix.load().rows.values()
			.stream()
			.filter((row) -> !row.mayEndTheSession())
			.sorted(Comparator.comparing(Row::key))
			.forEach((row) -> {
				String user = firstUserLetThrough(row);
				Http http = row.api()
						? ((user == null) ? new Http(this.port) : Http.withToken(this.port, "demo-token-" + user))
						: ((user == null) ? new Http(this.port) : probes.session(user));
				String csrf = row.api() ? null : http.csrfFrom((user == null) ? "/login" : "/profile");
				for (Attempt attempt : attempts(row, http, csrf)) {
					HttpResponse<String> response = http.send(attempt.request().build());
					if (response.statusCode() >= 500) {
						failures.add(row.method() + " " + row.probe() + " (" + attempt.what() + ") as "
								+ ((user != null) ? user : "anonymous") + ": " + response.statusCode());
					}
					else if (attempt.badText() && response.statusCode() / 100 != 4) {
						failures.add(row.method() + " " + row.probe() + " (" + attempt.what() + ") as "
								+ ((user != null) ? user : "anonymous") + ": expected 400, got "
								+ response.statusCode());
					}
				}
			});
		assertThat(failures)
			.as(() -> failures.size() + " answers to hostile input:\n  " + String.join("\n  ", failures))
			.isEmpty();
	}

	/** The demo user of the first role that the row lets through, else anonymous. */
	static String firstUserLetThrough(Row row) {
		for (int i = 1; i < row.allowed().length; i++) {
			if (row.allowed()[i]) {
				return EndpointRoleMatrixTest.DEMO_USERS.get(Role.values()[i - 1]);
			}
		}
		return null;
	}

	/**
	 * One hostile request.
	 *
	 * @param what what is hostile about it (for the failure message)
	 * @param request the request to send
	 * @param badText whether it carries a control character or an unreadable body:
	 * refused with a 4xx (400, or 404 where the address is unknown anyway)
	 */
	record Attempt(String what, HttpRequest.Builder request, boolean badText) {
	}

	private List<Attempt> attempts(Row row, Http http, String csrf) {
		List<Attempt> attempts = new ArrayList<>();
		String probe = row.probe();
		String separator = probe.contains("?") ? "&" : "?";
		boolean body = !row.method().equals("GET") && !row.method().equals("HEAD") && !row.method().equals("DELETE");
		attempts
			.add(new Attempt("NUL in the query", plain(row, http, csrf, probe + separator + "q=%00&page=%00"), true));
		attempts.add(new Attempt("wrong types in the query",
				plain(row, http, csrf, probe + separator + "page=viele&year=x&from=x&to=x&size=-1&format=x&region=%FF"),
				false));
		attempts.add(new Attempt("a long query", plain(row, http, csrf, probe + separator + "q=" + "a".repeat(6000)),
				false));
		attempts.addAll(hostileAddresses(row, http, csrf));
		if (body) {
			attempts.addAll(row.api() ? jsonBodies(row, http) : formBodies(row, http, csrf));
			attempts.addAll(multipartBodies(row, http, csrf));
		}
		return attempts;
	}

	/** The placeholders of the address filled with NUL, a long value and a wrong type. */
	private List<Attempt> hostileAddresses(Row row, Http http, String csrf) {
		if (!row.pattern().contains("{")) {
			return List.of();
		}
		int query = row.probe().indexOf('?');
		String rest = (query < 0) ? "" : row.probe().substring(query);
		List<Attempt> attempts = new ArrayList<>();
		for (String value : List.of("%00", "x".repeat(2000), "-1", "%E2%80%AE")) {
			String path = row.pattern().replaceAll("\\{[^}]*}", Matcher.quoteReplacement(value)) + rest;
			attempts.add(new Attempt("placeholder " + value.substring(0, Math.min(10, value.length())),
					plain(row, http, csrf, path), false));
		}
		return attempts;
	}

	private List<Attempt> formBodies(Row row, Http http, String csrf) {
		Set<String> fields = formFields(row, http);
		List<Attempt> attempts = new ArrayList<>();
		attempts.add(new Attempt("empty form", form(http, csrf, row, Map.of()), false));
		attempts.add(new Attempt("NUL in every field", form(http, csrf, row, fill(fields, "a" + NUL + "b")), true));
		attempts.add(new Attempt("a control character in every field", form(http, csrf, row, fill(fields, "\u001b[0m")),
				true));
		attempts.add(new Attempt("100 kB in every field", form(http, csrf, row, fill(fields, LONG)), false));
		attempts.add(new Attempt("wrong types in every field", form(http, csrf, row, fill(fields, "x")), false));
		attempts.add(new Attempt("repeated fields", form(http, csrf, row, fill(fields, "1"))
			.method(row.method(), HttpRequest.BodyPublishers.ofString(
					fields.stream().map((f) -> f + "=1&" + f + "=2&" + f + "[0]=3").collect(Collectors.joining("&")))),
				false));
		return attempts;
	}

	private List<Attempt> jsonBodies(Row row, Http http) {
		List<Attempt> attempts = new ArrayList<>();
		attempts.add(new Attempt("empty body", json(http, row, ""), false));
		attempts.add(new Attempt("NUL in JSON strings", json(http, row, jsonObject("a\\u0000b")), true));
		attempts.add(new Attempt("100 kB JSON strings", json(http, row, jsonObject(LONG)), false));
		attempts.add(new Attempt("JSON of the wrong types", json(http, row,
				COMMON_FIELDS.stream().map((f) -> "\"" + f + "\":[{}]").collect(Collectors.joining(",", "{", "}"))),
				false));
		attempts.add(new Attempt("a JSON array", json(http, row, "[1,2,3]"), false));
		attempts.add(new Attempt("broken JSON", json(http, row, "{\"name\": \"a"), false));
		attempts.add(new Attempt("raw NUL bytes", json(http, row, "{\"name\":\"" + NUL + "\"}"), false));
		return attempts;
	}

	private List<Attempt> multipartBodies(Row row, Http http, String csrf) {
		String part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nName;Ort\r\nA;B\r\n";
		String badName = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"li\u0001ste.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nName;Ort\r\nA;B\r\n--XyZ--\r\n";
		return List.of(
				new Attempt("multipart without a boundary",
						multipart(http, csrf, row, "multipart/form-data", part + "--XyZ--\r\n"), true),
				new Attempt("multipart cut off",
						multipart(http, csrf, row, "multipart/form-data; boundary=XyZ",
								part.substring(0, part.length() - 12)),
						true),
				new Attempt("a control character in the file name",
						multipart(http, csrf, row, "multipart/form-data; boundary=XyZ", badName), true));
	}

	/** The row's request without a body (with the CSRF header for pages). */
	private static HttpRequest.Builder plain(Row row, Http http, String csrf, String path) {
		HttpRequest.Builder builder = (csrf == null || row.method().equals("GET")) ? http.request(path)
				: pageForm(http, csrf, path);
		return builder.method(row.method(), HttpRequest.BodyPublishers.noBody());
	}

	private static HttpRequest.Builder form(Http http, String csrf, Row row, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return pageForm(http, csrf, row.probe()).method(row.method(), HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder json(Http http, Row row, String body) {
		return http.request(row.probe())
			.header("Content-Type", "application/json")
			.method(row.method(), HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder multipart(Http http, String csrf, Row row, String contentType, String body) {
		HttpRequest.Builder builder = (csrf == null) ? http.request(row.probe()) : pageForm(http, csrf, row.probe());
		return builder.setHeader("Content-Type", contentType)
			.method(row.method(), HttpRequest.BodyPublishers.ofString(body));
	}

	/** A form post of a page session: CSRF token in the header, form content type. */
	private static HttpRequest.Builder pageForm(Http http, String csrf, String path) {
		return http.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", csrf);
	}

	private static String jsonObject(String value) {
		return COMMON_FIELDS.stream()
			.map((f) -> "\"" + f + "\":\"" + value + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static Map<String, String> fill(Set<String> fields, String value) {
		Map<String, String> filled = new LinkedHashMap<>();
		fields.forEach((field) -> filled.put(field, value));
		return filled;
	}

	/**
	 * The fields of the form that posts to the row's address, read from the page that
	 * shows it (the address itself, its {@code /edit} or {@code /new} page, or its
	 * parent); the common fields when no such page is found (unknown ids).
	 */
	private static Set<String> formFields(Row row, Http http) {
		String path = row.probe().replaceFirst("\\?.*", "");
		String parent = path.substring(0, Math.max(1, path.lastIndexOf('/')));
		Set<String> fields = new LinkedHashSet<>();
		for (String page : List.of(path, path + "/edit", path + "/new", parent)) {
			HttpResponse<String> response = http.get(page);
			if (response.statusCode() == 200 && response.body().contains("action=\"" + path + "\"")) {
				Matcher matcher = FIELD.matcher(response.body());
				while (matcher.find()) {
					fields.add(matcher.group(1));
				}
			}
		}
		fields.remove("_csrf");
		return fields.isEmpty() ? new LinkedHashSet<>(COMMON_FIELDS) : fields;
	}

}
