package de.teilhabe.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint × role matrix (see src/test/resources/access-matrix/README.md): every
 * registered endpoint has exactly one row, and every row's expectation holds for
 * anonymous and every role: no server error, a denial in the form of its kind, and a
 * record of one tenant refused to the other tenant's user.
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

	@Autowired
	JdbcClient jdbc;

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
		createRecordsTheDemoLacks();
		Probes probes = new Probes(this.port, new TenantRecords(this.jdbc),
				OtherTenantUser.create(this.context, this.port));
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

	/**
	 * Records of Landkreis Osnabrück that the demo data has none of, made through the
	 * pages and the API by users of their own, for the other tenant's probe: a contact
	 * and a partner's pending change of a new organisation, an uploaded organisation list
	 * and guide list, a statistics upload (an import and the tenant's own series), an own
	 * indicator and a mail in the outbox.
	 */
	private void createRecordsTheDemoLacks() {
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		Http office = network.user(AccessFixtures.LANDKREIS, Role.STRATEGY);
		UUID organisation = NetworkFixtures.createOrganisation(office, AccessFixtures.unique("Matrixverein"));
		String contactForm = "/network/organisations/" + organisation + "/contacts/new";
		String contacts = "/network/organisations/" + organisation + "/contacts";
		String[] contact = { "name", "Mira Matrix", "email", "mira@matrix.example.org", "consentHow", "WRITTEN",
				"consentDate", "2026-02-01" };
		assertThat(NetworkFixtures.post(office, contactForm, contacts, contact).statusCode()).isEqualTo(302);
		Http partner = network.login(network.partner(AccessFixtures.LANDKREIS, organisation));
		assertThat(NetworkFixtures.post(partner, contactForm, contacts, contact).statusCode()).isEqualTo(302);
		String csrf = office.csrfFrom("/network/import");
		HttpResponse<String> list = office.send(office.request("/network/import")
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
					+ "filename=\"liste.csv\"\r\nContent-Type: text/csv\r\n\r\nName;Ort\r\nMatrixverein;Melle\r\n"
					+ "--XyZ--\r\n"))
			.build());
		assertThat(list.statusCode()).as(list.body()).isEqualTo(302);
		Http coordinator = network.user(AccessFixtures.LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> guides = coordinator.upload("/guides/profiles/import", "/guides/profiles/import",
				"lotsen.csv", "Name;Wohnort\r\nMatrix Lotsin;Melle\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(guides.statusCode()).as(guides.body()).isEqualTo(302);
		StatisticsHttp strategy = StatisticsHttp.withToken(this.port, "strategie");
		strategy.uploadOk("indicator_" + StatisticsHttp.uniqueCode("matrix") + ".csv",
				"Year,GeoCode,Value\n2019,K03459,42\n".getBytes(StandardCharsets.UTF_8), null, 201);
		HttpResponse<String> indicator = strategy.http()
			.send("POST", "/api/v1/indicators", "application/json", """
					{"code":"%s","titleDe":"Matrixanteil","themeCode":"1","definition":"Probe","unit":"Prozent",
					 "precision":1,"polarity":"NEUTRAL","computation":{"kind":"RATIO","first":{"numerator":
					 {"series":"1-2-1"},"denominator":{"series":"1-1-1"},"scale":100}}}"""
				.formatted(StatisticsHttp.uniqueCode("matrix")));
		assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(201);
		TestUser invited = network.access().create(AccessFixtures.LANDKREIS, "matrix", Role.COUNSELLOR);
		Http admin = network.user(AccessFixtures.LANDKREIS, Role.ADMIN);
		assertThat(AccessFixtures.post(admin, "/admin/users/" + invited.id(), "/admin/users/" + invited.id() + "/reset")
			.statusCode()).isLessThan(400);
	}

	/**
	 * A user of the other demo tenant (Stadt Osnabrück) with every role, signed in to the
	 * pages and with an API token: access control lets it through everywhere, so only the
	 * tenant check can refuse it a record of Landkreis Osnabrück.
	 */
	record OtherTenantUser(Http pages, Http api) {

		static OtherTenantUser create(ApplicationContext context, int port) {
			AccessFixtures fixtures = AccessFixtures.of(context);
			TestUser user = fixtures.create(AccessFixtures.STADT, "matrix-other", Role.values());
			String token = "test-token-" + UUID.randomUUID();
			context.getBean(ApiTokens.class)
				.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
			return new OtherTenantUser(Http.loggedIn(port, user.username(), AccessFixtures.PASSWORD),
					Http.withToken(port, token));
		}

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
	 * Real records of the tenant Landkreis Osnabrück, one for each placeholder pattern
	 * (see access-matrix/tenant-records.txt), for the probe by the other tenant's user.
	 */
	static final class TenantRecords {

		static final String FILE = "access-matrix/tenant-records.txt";

		private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

		/**
		 * Pattern up to its last placeholder → SQL, or null for "not a tenant's record".
		 */
		private final Map<String, String> queries = new LinkedHashMap<>();

		private final JdbcClient jdbc;

		private final UUID tenantId;

		TenantRecords(JdbcClient jdbc) {
			this.jdbc = jdbc;
			this.tenantId = jdbc.sql("SELECT id FROM tenant WHERE slug = 'landkreis-osnabrueck'")
				.query(UUID.class)
				.single();
			try {
				String text = new String(new ClassPathResource(FILE).getInputStream().readAllBytes(),
						StandardCharsets.UTF_8);
				text.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).forEach((line) -> {
					String[] cells = line.split("\\s+", 2);
					this.queries.put(cells[0], cells[1].startsWith("-") ? null : cells[1]);
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * The row's probe path with a real record of Landkreis Osnabrück in its
		 * placeholders; empty when the row has no placeholder or it names nothing a
		 * tenant owns.
		 * @throws IllegalStateException when the file has no line for the row or the
		 * tenant has no such record
		 */
		Optional<String> realPath(Row row) {
			String normalized = PLACEHOLDER.matcher(row.pattern()).replaceAll("{}");
			int last = normalized.lastIndexOf("{}");
			if (last < 0) {
				return Optional.empty();
			}
			String key = normalized.substring(0, last + 2);
			if (!this.queries.containsKey(key)) {
				throw new IllegalStateException("no line for " + key + " in " + FILE);
			}
			String sql = this.queries.get(key);
			if (sql == null) {
				return Optional.empty();
			}
			List<Map<String, Object>> found = this.jdbc.sql(sql).param("tenant", this.tenantId).query().listOfRows();
			if (found.isEmpty()) {
				throw new IllegalStateException("Landkreis Osnabrück has no record for " + key + " (" + FILE + ")");
			}
			Iterator<Object> values = found.get(0).values().iterator();
			Matcher placeholders = PLACEHOLDER.matcher(row.pattern());
			StringBuilder path = new StringBuilder();
			while (placeholders.find()) {
				placeholders.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(values.next())));
			}
			placeholders.appendTail(path);
			int query = row.probe().indexOf('?');
			return Optional.of(path + ((query < 0) ? "" : row.probe().substring(query)));
		}

	}

	/**
	 * Probes rows as anonymous and every role: pages with one signed-in session per user
	 * (renewed when a probe changed it), the API with the demo tokens. A 5xx is never
	 * right; a denial must have the form of its kind (401 problem+json on the API, a
	 * redirect to the login page for anonymous page requests, 403 for a signed-in role).
	 */
	static final class Probes {

		private final int port;

		private final TenantRecords records;

		private final OtherTenantUser otherTenant;

		private final Map<String, Http> sessions = new LinkedHashMap<>();

		Probes(int port, TenantRecords records, OtherTenantUser otherTenant) {
			this.port = port;
			this.records = records;
			this.otherTenant = otherTenant;
		}

		List<String> check(Row row) {
			List<String> mismatches = new ArrayList<>();
			for (int i = 0; i < row.allowed().length; i++) {
				Role role = (i == 0) ? null : Role.values()[i - 1];
				HttpResponse<String> response = probe(row, row.probe(), (role != null) ? DEMO_USERS.get(role) : null);
				String who = (role != null) ? role.name() : "ANONYMOUS";
				if (response.statusCode() >= 500) {
					mismatches.add(describe(row, row.probe(), who, "never a server error", response));
				}
				else if (row.allowed()[i] && denied(response)) {
					mismatches.add(describe(row, row.probe(), who, "allowed", response));
				}
				else if (!row.allowed()[i] && !deniedInTheFormOfItsKind(row, role, response)) {
					mismatches.add(describe(row, row.probe(), who, expectedDenial(row, role), response));
				}
			}
			try {
				this.records.realPath(row).ifPresent((path) -> {
					Http http = row.api() ? this.otherTenant.api() : this.otherTenant.pages();
					HttpResponse<String> response = send(row, path, http, false);
					int status = response.statusCode();
					// or the same refusal as for an unknown id (a missing reason checked
					// first): it tells nothing about the record
					if (status != 404 && status != 403
							&& (status / 100 != 4 || status != send(row, row.probe(), http, false).statusCode())) {
						mismatches.add(describe(row, path, "every role of the other tenant",
								"404 or 403 (or the 4xx of an unknown id) for a record of Landkreis Osnabrück",
								response));
					}
				});
			}
			catch (IllegalStateException ex) {
				mismatches.add(row.key() + ": " + ex.getMessage());
			}
			return mismatches;
		}

		private static String describe(Row row, String path, String who, String expected, HttpResponse<String> got) {
			return row.method() + " " + path + " " + who + ": expected " + expected + ", got " + got.statusCode()
					+ got.headers().firstValue("Location").map((l) -> " -> " + l).orElse("")
					+ got.headers().firstValue("Content-Type").map((t) -> " (" + t + ")").orElse("");
		}

		static String expectedDenial(Row row, Role role) {
			if (row.api()) {
				return (role == null) ? "denied: 401 problem+json" : "denied: 403 problem+json";
			}
			return (role == null) ? "denied: a redirect to /login" : "denied: 403";
		}

		static boolean deniedInTheFormOfItsKind(Row row, Role role, HttpResponse<String> response) {
			int status = response.statusCode();
			if (row.api()) {
				String type = response.headers().firstValue("Content-Type").orElse("");
				return status == ((role == null) ? 401 : 403) && type.startsWith("application/problem+json");
			}
			if (role == null) {
				return status / 100 == 3 && redirectsToLogin(response);
			}
			return status == 403;
		}

		/** A request of {@code path} as the row's method, by a user (null: anonymous). */
		HttpResponse<String> probe(Row row, String path, String username) {
			if (row.api()) {
				Http http = (username == null) ? new Http(this.port)
						: Http.withToken(this.port, "demo-token-" + username);
				return send(row, path, http, username == null);
			}
			HttpResponse<String> response = send(row, path,
					(username == null) ? new Http(this.port) : session(username), username == null);
			if (username != null && changedSession(response)) {
				// e.g. logged out: sign in again for the next row
				this.sessions.remove(username);
			}
			return response;
		}

		/**
		 * The row's method on {@code path} with an empty body (pages: with the session's
		 * CSRF token).
		 */
		static HttpResponse<String> send(Row row, String path, Http http, boolean anonymous) {
			if (row.api() || row.method().equals("GET") || row.method().equals("HEAD")) {
				return http.send(row.method(), path, null, null);
			}
			return http
				.send(formRequest(http, path, anonymous).method(row.method(), HttpRequest.BodyPublishers.noBody())
					.build());
		}

		/** A form request with the session's CSRF token in its header (body to add). */
		static HttpRequest.Builder formRequest(Http http, String path, boolean anonymous) {
			String csrf = http.csrfFrom(anonymous ? "/login" : "/");
			return http.request(path)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-CSRF-TOKEN", (csrf != null) ? csrf : "");
		}

		/** The signed-in page session of a demo user (password demo). */
		Http session(String username) {
			return this.sessions.computeIfAbsent(username, (u) -> Http.loggedIn(this.port, u, "demo"));
		}

		static boolean changedSession(HttpResponse<String> response) {
			return response.headers().allValues("Set-Cookie").stream().anyMatch((c) -> c.startsWith("SESSION="));
		}

		static boolean denied(HttpResponse<String> response) {
			int status = response.statusCode();
			if (status == 401 || status == 403) {
				return true;
			}
			return status / 100 == 3 && redirectsToLogin(response);
		}

		static boolean redirectsToLogin(HttpResponse<String> response) {
			String location = response.headers().firstValue("Location").orElse("");
			return URI.create(location).getPath().equals("/login");
		}

	}

}
