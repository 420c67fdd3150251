package de.teilhabe.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.database.DatabaseBusy;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tenant cannot hurt another (issue 11, points 16 and 18), on an instance with a
 * small pool, a short pool wait and a low limit for anonymous API clients: when every
 * connection is taken, requests are answered 503 with {@code Retry-After} (not 500); an
 * anonymous client over its limit gets 429 while other addresses go on; the organisations
 * API runs the same number of statements for any page size. Client addresses come from
 * {@code X-Forwarded-For} of the trusted proxy 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "teilhabe.data-dir=target/test-data${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
				"spring.datasource.hikari.maximum-pool-size=6", "spring.datasource.hikari.connection-timeout=1000",
				"teilhabe.indicators.recompute-connections=1", "teilhabe.api.anonymous-rate-limit=5",
				"teilhabe.trusted-proxies=127.0.0.1" })
class OverloadTest {

	static final String TENANT = "landkreis-osnabrueck";

	/** The SQL each request thread (Tomcat's) sent to the main pool, while recording. */
	static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

	static volatile boolean recording;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.hikari.maximum-pool-size}")
	int poolSize;

	@Test
	void aSaturatedPoolAnswers503WithRetryAfterNot500() throws SQLException {
		Http page = Http.loggedIn(this.port, "admin", "demo");
		Http api = Http.withToken(this.port, "demo-token-strategie");
		List<Connection> held = new ArrayList<>();
		try {
			for (int attempt = 0; held.size() < this.poolSize; attempt++) {
				try {
					held.add(this.dataSource.getConnection());
				}
				catch (SQLException ex) {
					// a scheduled job had the last one for a moment: wait for it
					assertThat(attempt).as("connections taken: %d", held.size()).isLessThan(10);
				}
			}
			// the anonymous API: problem+json from the controller
			HttpResponse<String> anonymous = new Http(this.port).get("/api/v1/organisations?tenant=" + TENANT,
					Map.of("X-Forwarded-For", "198.51.100.16"));
			assertBusy(anonymous, "application/problem+json");
			assertThat(anonymous.body()).contains("\"status\":503");
			// a token request: the token check (a filter) finds no connection
			HttpResponse<String> withToken = api.get("/api/v1/statistics/series");
			assertBusy(withToken, "application/problem+json");
			// a page: the friendly page in the reader's language
			HttpResponse<String> busyPage = page.get("/network/organisations");
			assertBusy(busyPage, "text/html");
			assertThat(busyPage.body()).contains("Die Plattform ist gerade ausgelastet")
				.contains("Bitte versuchen Sie es in einigen Sekunden noch einmal.");
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		assertThat(api.get("/api/v1/statistics/series").statusCode()).isEqualTo(200);
		assertThat(page.get("/network/organisations").statusCode()).isEqualTo(200);
	}

	@Test
	void aStatementOverItsTimeoutCountsAsBusy() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		Throwable timedOut = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.transactions.executeWithoutResult((status) -> {
				jdbc.sql("SELECT set_config('statement_timeout', '50ms', true)").query(String.class).single();
				jdbc.sql("SELECT pg_sleep(2)").query(String.class).single();
			}));
		assertThat(timedOut).isInstanceOf(QueryTimeoutException.class);
		assertThat(DatabaseBusy.isCause(timedOut)).isTrue();
	}

	private static void assertBusy(HttpResponse<String> response, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith(type));
	}

	@Test
	void anAnonymousClientOverItsLimitGets429WhileOthersGoOn() throws Exception {
		Http anonymous = new Http(this.port);
		String path = "/api/v1/organisations?tenant=" + TENANT + "&size=1";
		// at once, so that a slow machine does not refill the bucket between them
		List<HttpResponse<String>> answers = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(12);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				sent.add(clients.submit(() -> anonymous.get(path, Map.of("X-Forwarded-For", "203.0.113.77"))));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				answers.add(answer.get());
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(answers).anySatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(200));
		HttpResponse<String> limited = answers.stream()
			.filter((answer) -> answer.statusCode() == 429)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no 429 among " + answers.size() + " requests"));
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(limited.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/problem+json"));
		assertThat(limited.body()).contains("Zu viele Anfragen");
		// another address, and a signed-in client from the same address, are not limited
		assertThat(anonymous.get(path, Map.of("X-Forwarded-For", "203.0.113.78")).statusCode()).isEqualTo(200);
		Http signedIn = Http.withToken(this.port, "demo-token-strategie");
		for (int i = 0; i < 12; i++) {
			assertThat(signedIn.get("/api/v1/organisations", Map.of("X-Forwarded-For", "203.0.113.77")).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void theOrganisationsApiRunsTheSameStatementsForAnyPageSize() {
		NetworkFixtures fixtures = new NetworkFixtures(this.context, this.port);
		Http office = fixtures.user(TENANT, Role.ADMIN);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String prefix = "Zählverein " + marker;
		for (int i = 0; i < 4; i++) {
			UUID organisation = NetworkFixtures.createOrganisation(office, prefix + " " + i);
			String form = "/network/organisations/" + organisation + "/contacts/new";
			String action = "/network/organisations/" + organisation + "/contacts";
			assertThat(NetworkFixtures
				.post(office, form, action, "name", "Erika Öffentlich " + i, "email", "erika" + i + "@example.org",
						"publicContact", "true", "consentHow", "WRITTEN", "consentDate", "2026-01-10")
				.statusCode()).isEqualTo(302);
			assertThat(NetworkFixtures
				.post(office, form, action, "name", "Max Intern " + i, "phone", "0541 000000", "consentHow", "ORAL",
						"consentDate", "2026-01-10")
				.statusCode()).isEqualTo(302);
		}
		String query = "/api/v1/organisations?tenant=" + TENANT + "&q=" + marker;
		List<String> one = statementsOf(query + "&size=1", "198.51.100.1");
		List<String> four = statementsOf(query + "&size=4", "198.51.100.2");
		assertThat(one).anySatisfy((sql) -> assertThat(sql).contains("network_organisation"))
			.anySatisfy((sql) -> assertThat(sql).contains("network_contact"));
		assertThat(four).as("statements for 4 organisations: %s", four).hasSameSizeAs(one);

		HttpResponse<String> page = new Http(this.port).get(query + "&size=4",
				Map.of("X-Forwarded-For", "198.51.100.3"));
		assertThat(page.body()).contains(prefix + " 0").contains(prefix + " 3");
		for (int i = 0; i < 4; i++) {
			assertThat(page.body()).contains("Erika Öffentlich " + i).doesNotContain("Max Intern " + i);
		}
	}

	/** The statements the request threads sent while answering one anonymous request. */
	private List<String> statementsOf(String path, String client) {
		STATEMENTS.clear();
		recording = true;
		HttpResponse<String> response;
		try {
			response = new Http(this.port).get(path, Map.of("X-Forwarded-For", client));
		}
		finally {
			recording = false;
		}
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return List.copyOf(STATEMENTS);
	}

	/**
	 * Records the SQL the request threads send through the main pool (a wrapper around
	 * the real data source, nothing stubbed).
	 */
	@TestConfiguration
	static class CountStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return ("dataSource".equals(name) && bean instanceof DataSource real) ? new Counting(real) : bean;
				}
			};
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recorded(super.getConnection(), Connection.class);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recorded(super.getConnection(username, password), Connection.class);
		}

		@SuppressWarnings("unchecked")
		static <T> T recorded(T target, Class<T> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				record(method, args);
				Object result;
				try {
					result = method.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
				return (result instanceof Statement statement && method.getName().equals("createStatement"))
						? recorded(statement, Statement.class) : result;
			};
			return (T) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] { type }, handler);
		}

		private static void record(Method method, Object[] args) {
			boolean sql = method.getName().startsWith("prepare") || method.getName().startsWith("execute");
			if (recording && sql && args != null && args.length > 0 && args[0] instanceof String text
					&& Thread.currentThread().getName().startsWith("http-nio")) {
				STATEMENTS.add(text);
			}
		}

	}

}
