package de.teilhabe.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint × role matrix (see src/test/resources/access-matrix/README.md): every
 * registered endpoint has exactly one row, and every row's expectation holds for
 * anonymous and every role.
 */
@IntegrationTest
class EndpointRoleMatrixTest {

	static final String MATRIX_FILES = "classpath*:access-matrix/*.matrix";

	/** The demo user of each role (tenant Landkreis Osnabrück). */
	static final Map<Role, String> DEMO_USERS = new EnumMap<>(Map.of(Role.ADMIN, "admin", Role.STRATEGY, "strategie",
			Role.COUNSELLOR, "beratung", Role.GUIDE_COORDINATOR, "koordination", Role.GUIDE, "lotse",
			Role.COUNCIL_OFFICE, "beirat", Role.PARTNER, "partner", Role.PRIVACY_OFFICER, "datenschutz"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointHasExactlyOneRowAndEveryRowAnEndpoint() {
		Matrix matrix = Matrix.load();
		Set<String> endpoints = registeredEndpoints(this.context);
		Set<String> rows = new TreeSet<>(matrix.rows.keySet());
		List<String> problems = new ArrayList<>(matrix.errors);
		endpoints.stream()
			.filter((endpoint) -> !rows.contains(endpoint))
			.forEach((endpoint) -> problems.add("endpoint without a row: " + endpoint));
		rows.stream()
			.filter((row) -> !endpoints.contains(row))
			.forEach((row) -> problems
				.add("row without an endpoint: " + row + " (" + matrix.rows.get(row).source + ")"));
		assertThat(problems)
			.as(() -> "The access matrix (src/test/resources/access-matrix/*.matrix) does not match "
					+ "the registered endpoints:\n  " + String.join("\n  ", problems))
			.isEmpty();
	}

	/**
	 * One dynamic test per row (its own mismatches), then one that lists every mismatch
	 * of the whole matrix together.
	 */
	@TestFactory
	Stream<DynamicTest> everyRoleGetsExactlyTheAccessOfItsRow() {
		Matrix matrix = Matrix.load();
		assertThat(matrix.errors).as(() -> String.join("\n", matrix.errors)).isEmpty();
		Probes probes = new Probes(this.port);
		List<String> allMismatches = new CopyOnWriteArrayList<>();
		Stream<DynamicTest> rows = matrix.rows.values()
			.stream()
			.sorted(Comparator.comparing(Row::mayEndTheSession).thenComparing(Row::key))
			.map((row) -> DynamicTest.dynamicTest(row.key() + " (" + row.source + ")", () -> {
				List<String> mismatches = probes.check(row);
				allMismatches.addAll(mismatches);
				assertThat(mismatches).as(() -> String.join("\n", mismatches)).isEmpty();
			}));
		Stream<DynamicTest> summary = Stream.of(DynamicTest.dynamicTest("all rows together",
				() -> assertThat(allMismatches)
					.as(() -> allMismatches.size() + " access mismatches (method path role: expected, got):\n  "
							+ String.join("\n  ", allMismatches))
					.isEmpty()));
		return Stream.concat(rows, summary);
	}

	/** Every method + pattern of every request mapping, as {@code "GET /path"}. */
	static Set<String> registeredEndpoints(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>();
		Collection<RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values();
		for (RequestMappingHandlerMapping mapping : mappings) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				List<String> names = methods.isEmpty() ? List.of("GET", "POST")
						: methods.stream().map(RequestMethod::name).toList();
				for (String pattern : info.getPatternValues()) {
					names.forEach((method) -> endpoints.add(method + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	/** The rows of all matrix files, keyed by {@code "METHOD PATTERN"}. */
	static final class Matrix {

		static final int COLUMNS = 4 + Role.values().length;

		final Map<String, Row> rows = new LinkedHashMap<>();

		final List<String> errors = new ArrayList<>();

		static Matrix load() {
			Matrix matrix = new Matrix();
			try {
				Resource[] files = new PathMatchingResourcePatternResolver().getResources(MATRIX_FILES);
				for (Resource file : files) {
					matrix.read(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return matrix;
		}

		private void read(Resource file) throws IOException {
			String name = file.getFilename();
			List<String> lines = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).replaceFirst("#.*", "").trim();
				if (line.isEmpty()) {
					continue;
				}
				String source = name + ":" + (i + 1);
				String[] cells = line.split("\\s+");
				if (cells.length != COLUMNS) {
					this.errors.add(source + ": expected " + COLUMNS + " columns, found " + cells.length);
					continue;
				}
				Row row = Row.parse(cells, source, this.errors);
				if (row == null) {
					continue;
				}
				Row earlier = this.rows.putIfAbsent(row.key(), row);
				if (earlier != null) {
					this.errors.add(source + ": " + row.key() + " has a row already in " + earlier.source);
				}
			}
		}

	}

	/**
	 * One row: an endpoint, the path to probe, and who may pass (index 0 anonymous, then
	 * the roles in {@link Role} order).
	 */
	record Row(String method, String pattern, String probe, boolean[] allowed, String source) {

		static Row parse(String[] cells, String source, List<String> errors) {
			String probe = cells[2].equals("-") ? cells[1] : cells[2];
			if (probe.contains("{") || !probe.startsWith("/")) {
				errors.add(source + ": probe path '" + probe + "' must be a concrete path (give one for patterns "
						+ "with placeholders)");
				return null;
			}
			boolean[] allowed = new boolean[1 + Role.values().length];
			for (int i = 0; i < allowed.length; i++) {
				String cell = cells[3 + i];
				if (!cell.equals("Y") && !cell.equals("N")) {
					errors.add(source + ": access must be Y or N, found '" + cell + "'");
					return null;
				}
				allowed[i] = cell.equals("Y");
			}
			return new Row(cells[0].toUpperCase(), cells[1], probe, allowed, source);
		}

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean api() {
			return this.probe.startsWith("/api/");
		}

		/** Logout-like rows run last, so they cannot end a session other rows use. */
		boolean mayEndTheSession() {
			return this.pattern.contains("logout");
		}

	}

	/**
	 * Probes rows as anonymous and every role: pages with one signed-in session per role
	 * (renewed when a probe changed it), the API with the demo tokens.
	 */
	static final class Probes {

		private final int port;

		private final Map<Role, Http> sessions = new EnumMap<>(Role.class);

		Probes(int port) {
			this.port = port;
		}

		List<String> check(Row row) {
			List<String> mismatches = new ArrayList<>();
			for (int i = 0; i < row.allowed().length; i++) {
				Role role = (i == 0) ? null : Role.values()[i - 1];
				HttpResponse<String> response = probe(row, role);
				boolean allowed = !denied(response);
				if (allowed != row.allowed()[i]) {
					mismatches.add(row.method() + " " + row.probe() + " " + ((role != null) ? role : "ANONYMOUS")
							+ ": expected " + (row.allowed()[i] ? "allowed" : "denied") + ", got "
							+ response.statusCode()
							+ response.headers().firstValue("Location").map((l) -> " -> " + l).orElse(""));
				}
			}
			return mismatches;
		}

		private HttpResponse<String> probe(Row row, Role role) {
			if (row.api()) {
				Http http = (role == null) ? new Http(this.port)
						: Http.withToken(this.port, "demo-token-" + DEMO_USERS.get(role));
				return http.send(row.method(), row.probe(), null, null);
			}
			Http http = (role == null) ? new Http(this.port) : session(role);
			HttpResponse<String> response;
			if (row.method().equals("GET") || row.method().equals("HEAD")) {
				response = http.send(row.method(), row.probe(), null, null);
			}
			else {
				String csrf = http.csrfFrom((role == null) ? "/login" : "/");
				response = http.send(http.request(row.probe())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-CSRF-TOKEN", (csrf != null) ? csrf : "")
					.method(row.method(), java.net.http.HttpRequest.BodyPublishers.noBody())
					.build());
			}
			if (role != null && changedSession(response)) {
				this.sessions.remove(role); // e.g. logged out: sign in again for the next
											// row
			}
			return response;
		}

		private Http session(Role role) {
			return this.sessions.computeIfAbsent(role, (r) -> Http.loggedIn(this.port, DEMO_USERS.get(r), "demo"));
		}

		static boolean changedSession(HttpResponse<String> response) {
			return response.headers().allValues("Set-Cookie").stream().anyMatch((c) -> c.startsWith("SESSION="));
		}

		static boolean denied(HttpResponse<String> response) {
			int status = response.statusCode();
			if (status == 401 || status == 403) {
				return true;
			}
			if (status / 100 == 3) {
				String location = response.headers().firstValue("Location").orElse("");
				return URI.create(location).getPath().equals("/login");
			}
			return false;
		}

	}

}
