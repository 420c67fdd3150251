package de.teilhabe.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.TeilhabeApplication;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as operators run it: started in its own JVM on a data folder, killed,
 * started again, in demo and production mode, with the embedded and an external database.
 * Every child (and the PostgreSQL server it started) is stopped afterwards, also when the
 * test JVM dies.
 */
@IntegrationTest
@Execution(ExecutionMode.CONCURRENT)
@ChildProcesses
class ProcessTest {

	static final Path ROOT = Path.of("target/process-tests").toAbsolutePath();

	/**
	 * No key file named: overrides the tests' key file (src/test/resources/config), so
	 * that demo mode generates one and production mode refuses to start.
	 */
	static final String NO_KEY_FILE_NAMED = "--teilhabe.crypto.key-file=";

	static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL 17 running on port (\\d+)");

	/** Every child of this JVM, stopped when the JVM exits. */
	static final List<Child> ALL_CHILDREN = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(ALL_CHILDREN), "stop-child-processes"));
	}

	/**
	 * The children of this test (the tests run concurrently, each in its own instance).
	 */
	final List<Child> children = new CopyOnWriteArrayList<>();

	@Autowired
	Environment environment;

	@AfterEach
	void stopChildren() {
		stop(this.children);
	}

	Child start(String name, Path dataFolder, Map<String, String> environment, String... arguments) throws IOException {
		Child child = Child.start(name, dataFolder, environment, arguments);
		this.children.add(child);
		ALL_CHILDREN.add(child);
		return child;
	}

	@Test
	void secondStartIsRefusedAndAKilledInstanceIsCleanedUpWithItsDataKept() throws Exception {
		Path folder = newDataFolder("restart");
		// without the tests' key file (src/test/resources/config): demo mode generates
		// one
		Child first = start("first", folder, Map.of(), NO_KEY_FILE_NAMED);
		first.awaitHealthy();
		assertListensOnLoopbackOnly(first.port);
		assertThat(first.log()).contains("DEMO MODE");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("field-keys.json"))))
			.as("the demo key file in the data folder, for its owner only")
			.isEqualTo("rw-------");
		Http admin = Http.loggedIn(first.port, "admin", "demo");

		Child second = start("second", folder, Map.of());
		assertThat(second.awaitExit()).as(second::describe).isNotZero();
		assertThat(second.log()).as(second::describe).contains("is in use by another running Teilhabe instance");
		assertThat(new Http(first.port).get("/actuator/health").body()).contains("\"status\":\"UP\"");

		ProcessHandle orphan = first.postmaster().orElseThrow();
		first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(orphan.isAlive()).as("the killed JVM leaves its postmaster behind").isTrue();

		Child exposed = start("exposed", folder, Map.of(), "--server.address=0.0.0.0");
		assertThat(exposed.awaitExit()).as(exposed::describe).isNotZero();
		assertThat(exposed.log()).as(exposed::describe)
			.contains("Demo mode is refused on the address 0.0.0.0: its logins and passwords are public");
		assertThat(orphan.isAlive()).as("the refused start touches no PostgreSQL").isTrue();

		Child third = start("third", folder, Map.of(), "--server.address=127.0.0.1", NO_KEY_FILE_NAMED);
		third.awaitHealthy();
		assertThat(third.log()).contains("Stopping the PostgreSQL server (pid " + orphan.pid() + ") left behind");
		assertThat(orphan.isAlive()).as("the orphaned postmaster is stopped").isFalse();
		HttpResponse<String> start = admin.onPort(third.port).get("/");
		assertThat(start.statusCode()).as("the session of the killed instance is still in the database").isEqualTo(200);
		assertThat(start.body()).contains("Willkommen, Anna Admin");
		assertThat(third.query("SELECT count(*) FROM app_user WHERE username = 'admin'")).isEqualTo(1L);
		assertThat(third.query("SELECT count(*) FROM tenant")).isEqualTo(2L);
		assertListensOnLoopbackOnly(third.port);
	}

	@Test
	void productionStartBootstrapsTheFirstTenantAndDemoModeIsRefusedOnItsData() throws Exception {
		Path folder = newDataFolder("production");
		Child withoutKeys = start("production-without-keys", folder, bootstrap("probe-kreis"), "--teilhabe.demo=false",
				NO_KEY_FILE_NAMED);
		assertThat(withoutKeys.awaitExit()).as(withoutKeys::describe).isNotZero();
		assertThat(withoutKeys.log()).as(withoutKeys::describe)
			.contains("Production mode is refused without a key file for field encryption");
		assertThat(folder.resolve("postgres")).as("the refused start starts no database").doesNotExist();

		Child production = start("production", folder, bootstrap("probe-kreis"), "--teilhabe.demo=false");
		production.awaitHealthy();
		assertNoDemo(production);
		assertThat(production.log()).contains("Teilhabe is ready").doesNotContain("DEMO MODE");
		assertThat(production.query("SELECT count(*) FROM tenant WHERE slug = 'probe-kreis' AND NOT demo"))
			.isEqualTo(1L);
		assertThat(production.query("SELECT count(*) FROM tenant")).isEqualTo(1L);
		assertThat(production.query("SELECT count(*) FROM app_user WHERE email LIKE '%@demo.teilhabe.invalid'"))
			.as("no demo users")
			.isZero();
		Matcher setupLink = Pattern.compile("http://\\S+(/invitation/\\S+)").matcher(production.log());
		assertThat(setupLink.find()).as(() -> "a one-time setup link in the log of " + production.describe()).isTrue();
		assertThat(new Http(production.port).get(setupLink.group(1)).statusCode()).isEqualTo(200);
		production.process.destroy(); // SIGTERM: a clean stop
		assertThat(production.process.waitFor(120, TimeUnit.SECONDS)).as(production::describe).isTrue();
		assertThat(production.postmaster()).as("PostgreSQL is stopped with the application").isEmpty();

		Child demo = start("demo-refused", folder, Map.of());
		assertThat(demo.awaitExit()).as(demo::describe).isNotZero();
		assertThat(demo.log()).as(demo::describe).contains("Demo mode is refused");
		assertThat(demo.postmaster()).as("the refused start stops its PostgreSQL").isEmpty();
	}

	@Test
	void externalDatabaseMeansNoDemoAndABootstrappedTenant() throws Exception {
		String database = "external_" + UUID.randomUUID().toString().replace("-", "");
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment)) {
			JdbcClient admin = JdbcClient.create(superuser);
			// the operator's SQL of docs/operations.md, "Database accounts", with other
			// role names
			admin.sql("CREATE ROLE extern_owner LOGIN PASSWORD 'owner-secret'").update();
			admin.sql("CREATE ROLE extern_app LOGIN PASSWORD 'app-secret'").update();
			admin.sql("CREATE DATABASE " + database + " OWNER extern_owner").update();
			String url = superuser.getConnection()
				.getMetaData()
				.getURL()
				.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
			try (SingleConnectionDataSource inDatabase = new SingleConnectionDataSource(url, "postgres", "", true)) {
				JdbcClient.create(inDatabase)
					.sql("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO extern_app")
					.update();
				JdbcClient.create(inDatabase).sql("GRANT USAGE ON SCHEMA public TO extern_app").update();
			}
			try {
				Path folder = newDataFolder("external");
				Map<String, String> environment = new java.util.HashMap<>(bootstrap("extern-stadt"));
				environment.put("SPRING_DATASOURCE_URL", url);
				environment.put("SPRING_DATASOURCE_USERNAME", "extern_app");
				environment.put("SPRING_DATASOURCE_PASSWORD", "app-secret");
				environment.put("SPRING_FLYWAY_USER", "extern_owner");
				environment.put("SPRING_FLYWAY_PASSWORD", "owner-secret");
				Child external = start("external", folder, environment);
				external.awaitHealthy();
				assertNoDemo(external);
				assertThat(Files.exists(folder.resolve("postgres"))).as("no embedded database is started").isFalse();
				try (SingleConnectionDataSource db = new SingleConnectionDataSource(url, "postgres", "", true)) {
					JdbcClient jdbc = JdbcClient.create(db);
					assertThat(jdbc.sql("SELECT slug FROM tenant WHERE NOT demo").query(String.class).list())
						.containsExactly("extern-stadt");
					assertThat(jdbc.sql("SELECT count(*) FROM tenant WHERE demo").query(Long.class).single()).isZero();
					assertThat(jdbc.sql("SELECT DISTINCT installed_by FROM flyway_schema_history")
						.query(String.class)
						.list()).containsExactly("extern_owner");
					assertThat(jdbc.sql("SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = ?")
						.param(database)
						.query(String.class)
						.list()).as("the application's connections")
						.contains("extern_app")
						.doesNotContain("extern_owner");
					assertThat(jdbc.sql("SELECT has_table_privilege('extern_app', 'audit_event', 'UPDATE')")
						.query(Boolean.class)
						.single()).isFalse();
				}
				external.stop();

				environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
				environment.remove("SPRING_FLYWAY_USER");
				Child superuserAccount = start("external-superuser", folder, environment);
				assertThat(superuserAccount.awaitExit()).as(superuserAccount::describe).isNotZero();
				assertThat(superuserAccount.log()).as(superuserAccount::describe)
					.contains("The application connects to the database as \"postgres\", which is a superuser");
			}
			finally {
				stop(this.children);
				admin.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
				admin.sql("DROP ROLE extern_app, extern_owner").update();
			}
		}
	}

	/**
	 * Versions before the two database roles connected as the superuser: the folder's
	 * objects are the superuser's. The next start hands them to the owner role and the
	 * application connects as its role.
	 */
	@Test
	void aDataFolderOfAnOlderVersionIsHandedToTheOwnerRole() throws Exception {
		Path folder = newDataFolder("older");
		Child first = start("first", folder, Map.of());
		first.awaitHealthy();
		first.stop();
		try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres older = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
			.builder()
			.setDataDirectory(folder.resolve("postgres"))
			.setCleanDataDirectory(false)
			// the default ten seconds are not enough on a busy two-core machine
			.setPGStartupWait(Duration.ofSeconds(60))
			.start()) {
			JdbcClient superuser = JdbcClient.create(older.getPostgresDatabase());
			superuser.sql("REASSIGN OWNED BY teilhabe_owner TO postgres").update();
			superuser.sql("DROP OWNED BY teilhabe_owner, teilhabe_app").update();
			superuser.sql("DROP ROLE teilhabe_owner, teilhabe_app").update();
			superuser.sql("UPDATE flyway_schema_history SET installed_by = 'postgres'").update();
			assertThat(superuser.sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_event'")
				.query(String.class)
				.single()).isEqualTo("postgres");
		}

		Child upgraded = start("upgraded", folder, Map.of());
		upgraded.awaitHealthy();
		assertThat(upgraded.query("""
				SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
				AND relkind IN ('r', 'S', 'v', 'm') AND relowner <> 'teilhabe_owner'::regrole""")).isZero();
		assertThat(upgraded.query("""
				SELECT count(*) FROM pg_proc WHERE proname = 'audit_event_append_only'
				AND proowner = 'teilhabe_owner'::regrole""")).isEqualTo(1L);
		assertThat(upgraded.query("""
				SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'
				AND usename <> 'teilhabe_app' AND pid <> pg_backend_pid()""")).as("connections of other roles")
			.isZero();
		assertThat(upgraded.query("SELECT count(*) FROM pg_stat_activity WHERE usename = 'teilhabe_app'")).isPositive();
		assertThat(upgraded.query("SELECT count(*) FROM pg_roles WHERE rolname = 'teilhabe_app' AND NOT rolsuper"))
			.isEqualTo(1L);
		assertThat(upgraded.query("""
				SELECT count(*) FROM (VALUES ('UPDATE'), ('DELETE'), ('TRUNCATE')) p(privilege)
				WHERE has_table_privilege('teilhabe_app', 'audit_event', p.privilege)""")).isZero();
		HttpResponse<String> start = Http.loggedIn(upgraded.port, "admin", "demo").get("/");
		assertThat(start.body()).contains("Willkommen, Anna Admin");
	}

	private static Map<String, String> bootstrap(String slug) {
		return Map.of("TEILHABE_BOOTSTRAP_TENANT_SLUG", slug, "TEILHABE_BOOTSTRAP_TENANT_NAME", "Landkreis Probe",
				"TEILHABE_BOOTSTRAP_TENANT_REGION", "03459");
	}

	/** No banner, no demo logins: what a visitor of a production instance sees. */
	private static void assertNoDemo(Child child) {
		HttpResponse<String> login = new Http(child.port).get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"").doesNotContain("demo-banner", "Demo-Zugänge");
		HttpResponse<String> demoLogin = new Http(child.port).login("admin", "demo");
		assertThat(demoLogin.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
	}

	private static void assertListensOnLoopbackOnly(int port) {
		assertThat(reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
		nonLoopbackAddress().ifPresent((address) -> assertThat(reachable(address, port))
			.as("demo mode listens on 127.0.0.1 only, not on " + address)
			.isFalse());
	}

	static Optional<InetAddress> nonLoopbackAddress() {
		try {
			return NetworkInterface.networkInterfaces().filter((nic) -> {
				try {
					return nic.isUp() && !nic.isLoopback();
				}
				catch (IOException ex) {
					return false;
				}
			})
				.flatMap(NetworkInterface::inetAddresses)
				.filter((address) -> address instanceof java.net.Inet4Address && !address.isLinkLocalAddress())
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static boolean reachable(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static Path newDataFolder(String name) throws IOException {
		Path folder = ROOT.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
		Files.createDirectories(folder);
		return folder;
	}

	static void stop(List<Child> children) {
		for (Child child : children) {
			child.kill();
			children.remove(child);
			ALL_CHILDREN.remove(child);
		}
	}

	/**
	 * A free port below Linux's ephemeral range (32768 and up): a port the system hands
	 * out for {@code new ServerSocket(0)} can be taken by any outgoing connection of the
	 * parallel tests (browsers, HTTP clients) before the child binds it, which happened.
	 */
	static int freePort() {
		for (int attempt = 0; attempt < 100; attempt++) {
			int candidate = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
			try (ServerSocket socket = new ServerSocket(candidate)) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
	}

	/** One application JVM started with the test classpath. */
	static final class Child {

		final String name;

		final Process process;

		final Path dataFolder;

		final Path logFile;

		final int port;

		private Child(String name, Process process, Path dataFolder, Path logFile, int port) {
			this.name = name;
			this.process = process;
			this.dataFolder = dataFolder;
			this.logFile = logFile;
			this.port = port;
		}

		static Child start(String name, Path dataFolder, Map<String, String> environment, String... arguments)
				throws IOException {
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
					TeilhabeApplication.class.getName(), "--server.port=" + port, "--spring.main.banner-mode=off"));
			command.addAll(List.of(arguments));
			Path logFile = dataFolder.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			builder.environment().put("TEILHABE_DATA_DIR", dataFolder.toString());
			builder.environment().putAll(environment);
			return new Child(name, builder.start(), dataFolder, logFile, port);
		}

		/**
		 * Waits until {@code /actuator/health} says UP. A start that keeps writing its
		 * log is making progress and gets more time on a busy machine: the limits scale
		 * with the load per core ({@link StartLimits}). A failure says what the process
		 * was doing: its last log lines and the stack of its main thread.
		 */
		void awaitHealthy() throws InterruptedException {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build();
			StartLimits limits = StartLimits.start(Duration.ofSeconds(90), Duration.ofSeconds(60));
			while (!limits.exceeded(logSize())) {
				assertThat(this.process.isAlive()).as(() -> "exited early: " + describe()).isTrue();
				try {
					HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			throw new AssertionError("not healthy: " + limits.describe() + "\n" + threadDump("main") + describe());
		}

		int awaitExit() throws InterruptedException {
			StartLimits limits = StartLimits.start(Duration.ofSeconds(90), Duration.ofSeconds(60));
			while (this.process.isAlive() && !limits.exceeded(logSize())) {
				this.process.waitFor(200, TimeUnit.MILLISECONDS);
			}
			assertThat(this.process.isAlive())
				.as(() -> "still running: " + limits.describe() + "\n" + threadDump("main") + describe())
				.isFalse();
			return this.process.exitValue();
		}

		private long logSize() {
			try {
				return Files.size(this.logFile);
			}
			catch (IOException ex) {
				return 0;
			}
		}

		/** The stack of one thread of the child, by {@code jcmd Thread.print}. */
		String threadDump(String thread) {
			if (!this.process.isAlive()) {
				return "";
			}
			Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
			try {
				Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(this.process.pid()), "Thread.print")
					.redirectErrorStream(true)
					.start();
				String all = new String(dump.getInputStream().readAllBytes());
				dump.waitFor(30, TimeUnit.SECONDS);
				int start = all.indexOf("\"" + thread + "\"");
				if (start < 0) {
					return "(no thread " + thread + " in the thread dump)\n";
				}
				int end = all.indexOf("\n\n", start);
				return "thread " + thread + " of " + this.name + ":\n"
						+ all.substring(start, (end < 0) ? all.length() : end) + "\n";
			}
			catch (IOException ex) {
				return "(no thread dump: " + ex.getMessage() + ")\n";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor(60, TimeUnit.SECONDS);
		}

		String log() {
			try {
				return Files.readString(this.logFile);
			}
			catch (IOException ex) {
				return "(no log: " + ex.getMessage() + ")";
			}
		}

		String describe() {
			String log = log();
			return this.name + " (port " + this.port + ", alive " + this.process.isAlive() + "), last output:\n"
					+ log.substring(Math.max(0, log.length() - 4000));
		}

		/** The PostgreSQL server running on this child's data folder, if any. */
		Optional<ProcessHandle> postmaster() {
			Path pidFile = this.dataFolder.resolve("postgres").resolve("postmaster.pid");
			try {
				if (!Files.exists(pidFile)) {
					return Optional.empty();
				}
				long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
				return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
			}
			catch (IOException | RuntimeException ex) {
				return Optional.empty();
			}
		}

		/**
		 * A connection to this child's embedded database, as an operator opens one (trust
		 * authentication on the loopback address).
		 */
		Connection connect() throws SQLException {
			Matcher matcher = POSTGRES_PORT.matcher(log());
			String port = null;
			while (matcher.find()) {
				port = matcher.group(1);
			}
			assertThat(port).as(() -> "embedded PostgreSQL port in the log of " + describe()).isNotNull();
			return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
		}

		/** A single number from this child's embedded database. */
		long query(String sql) throws SQLException {
			try (Connection connection = connect()) {
				var result = connection.createStatement().executeQuery(sql);
				result.next();
				return result.getLong(1);
			}
		}

		/** Kills the JVM and the PostgreSQL server it may have left behind. */
		void kill() {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			postmaster().ifPresent((postmaster) -> {
				postmaster.destroy();
				try {
					postmaster.onExit().get(20, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					postmaster.destroyForcibly();
				}
			});
		}

	}

}
