package de.teilhabe.platform;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.platform.ProcessTest.Child;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the application in the middle of an update import. The restart comes
 * up within 30 s (scaled with the load like every start limit), with everything committed
 * before and nothing of the killed import, which shows as failed.
 * <p>
 * The failure: a backend busy merging a large import without its client (it
 * notices only when it next writes to the socket) kept the old server from a smart
 * shutdown, outlived its postmaster and held the folder, and the restart never came up.
 * The merge of this test's file lasts a second or two; an operator's long statement on a
 * connection that dies with the kill stands in for a merge of millions of cells, which
 * would make the test run for minutes. Such a backend also outlives its postmaster when
 * that is killed, and still holds the folder. Runs in its own class: the process tests
 * run concurrently and would load the machine while this one measures.
 */
@ChildProcesses(alone = true)
class KillRestartTest {

	/**
	 * Cells of the generated series: enough for the update import to run a few seconds,
	 * within the upload limit of 20 MB.
	 */
	private static final int CELLS = 600_000;

	private static final int YEARS = 25;

	private final List<Child> children = new CopyOnWriteArrayList<>();

	/**
	 * The busy backends the tests start: stopped afterwards also when a test fails before
	 * the restart stops them, so that they do not burn a core for minutes.
	 */
	private final List<ProcessHandle> backends = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopChildren() {
		ProcessTest.stop(this.children);
		this.backends.forEach(ProcessHandle::destroyForcibly);
	}

	@Test
	void aRestartAfterAKillDuringAnUpdateImportComesUpQuicklyWithTheCommittedDataAndTheImportFailed() throws Exception {
		Path folder = ProcessTest.newDataFolder("kill-import");
		Child before = start("before", folder);
		before.awaitHealthy();
		StatisticsHttp api = StatisticsHttp.withToken(before.port, "strategie");
		String code = StatisticsHttp.uniqueCode("kill");
		String fileName = "indicator_" + code + ".csv";
		Map<String, Object> first = api.uploadOk(fileName, file(1), null, 201);
		String firstImport = (String) first.get("importId");
		assertThat(StatisticsHttp.number(first.get("observationsStored"))).isEqualTo(CELLS);

		// every cell updated; the request hangs until the kill
		CompletableFuture<Void> update = CompletableFuture.runAsync(() -> {
			try {
				api.upload(fileName, file(2), null);
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// the server was killed under the request
			}
		});
		String killed = awaitMergeRunning(api, fileName, firstImport);
		Connection operator = before.connect();
		ProcessHandle.of(backendOf(operator)).ifPresent(this.backends::add);
		CompletableFuture<Void> longStatement = CompletableFuture.runAsync(() -> runLongStatement(operator));
		awaitLongStatementRunning(before);
		ProcessHandle orphan = before.postmaster().orElseThrow();
		before.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		operator.abort(Runnable::run);
		update.handle((result, failure) -> null).get(30, TimeUnit.SECONDS);
		longStatement.handle((result, failure) -> null).get(30, TimeUnit.SECONDS);
		assertThat(orphan.isAlive()).as("the killed JVM leaves its PostgreSQL behind").isTrue();

		StartLimits limits = StartLimits.start(Duration.ofSeconds(30), Duration.ofSeconds(30));
		long started = System.nanoTime();
		Child after = start("after", folder);
		after.awaitHealthy();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(took).as(() -> "healthy after the kill in " + took.toMillis() + " ms\n" + after.describe())
			.isLessThanOrEqualTo(limits.overallLimit());
		assertThat(after.log()).contains("Stopping the PostgreSQL server (pid " + orphan.pid() + ") left behind");
		assertThat(orphan.isAlive()).isFalse();

		StatisticsHttp again = new StatisticsHttp(api.http().onPort(after.port));
		assertThat(importView(again, firstImport).get("status")).isEqualTo("COMPLETED");
		Map<String, Object> killedView = importView(again, killed);
		assertThat(killedView.get("status")).as(killedView::toString).isEqualTo("FAILED");
		assertThat(killedView.get("errorKind")).isEqualTo("INTERRUPTED");
		String page = Http.loggedIn(after.port, "strategie", "demo").get("/statistics/imports/" + killed).body();
		assertThat(page).contains("Abgebrochen: Die Plattform wurde während des Imports beendet.",
				"Nichts aus dieser Datei wurde gespeichert");

		String series = "(SELECT id FROM statistics_series WHERE code = '" + code + "')";
		assertThat(after.query("SELECT count(*) FROM statistics_observation WHERE series_id = " + series
				+ " AND value = 1 AND import_id = '" + firstImport + "'"))
			.as("every cell of the first import, as it was")
			.isEqualTo(CELLS);
		assertThat(after.query("SELECT count(*) FROM statistics_observation WHERE import_id = '" + killed + "'"))
			.as("no cell of the killed import")
			.isZero();
		assertThat(
				after.query("SELECT count(*) FROM statistics_observation_previous WHERE import_id = '" + killed + "'"))
			.isZero();
	}

	@Test
	void aBackendThatOutlivedItsKilledServerIsStoppedAndTheRestartComesUp() throws Exception {
		Path folder = ProcessTest.newDataFolder("kill-server");
		Child before = start("before", folder);
		before.awaitHealthy();
		Connection operator = before.connect();
		long backend = backendOf(operator);
		ProcessHandle.of(backend).ifPresent(this.backends::add);
		CompletableFuture<Void> longStatement = CompletableFuture.runAsync(() -> runLongStatement(operator));
		awaitLongStatementRunning(before);
		ProcessHandle postmaster = before.postmaster().orElseThrow();
		before.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		postmaster.destroyForcibly();
		postmaster.onExit().get(30, TimeUnit.SECONDS);
		operator.abort(Runnable::run);
		longStatement.handle((result, failure) -> null).get(30, TimeUnit.SECONDS);
		Optional<ProcessHandle> survivor = ProcessHandle.of(backend).filter(ProcessHandle::isAlive);
		assertThat(survivor).as("the busy backend outlives its killed server").isPresent();

		StartLimits limits = StartLimits.start(Duration.ofSeconds(30), Duration.ofSeconds(30));
		long started = System.nanoTime();
		Child after = start("after", folder);
		after.awaitHealthy();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(took).as(() -> "healthy after the kill in " + took.toMillis() + " ms\n" + after.describe())
			.isLessThanOrEqualTo(limits.overallLimit());
		assertThat(after.log()).contains("left behind on " + folder.resolve("postgres") + " without their server");
		assertThat(survivor.get().isAlive()).isFalse();
		assertThat(after.query("SELECT count(*) FROM tenant")).isEqualTo(2L);
	}

	private static long backendOf(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * Busy on the CPU for minutes without reading from or writing to its client, so it
	 * notices neither that its client is gone nor a smart shutdown.
	 */
	private static void runLongStatement(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b "
					+ "WHERE a + b = 0 /* long statement */");
		}
		catch (SQLException ex) {
			// aborted with the kill
		}
	}

	private static void awaitLongStatementRunning(Child child) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (child.query("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
				+ "AND query LIKE '%/* long statement */%' AND pid <> pg_backend_pid()") == 0) {
			assertThat(System.nanoTime()).as("the long statement runs").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> importView(StatisticsHttp api, String id) {
		return (Map<String, Object>) api.getJson("/api/v1/statistics/imports/" + id).get("import");
	}

	private Child start(String name, Path folder) throws Exception {
		Child child = Child.start(name, folder, Map.of());
		this.children.add(child);
		ProcessTest.ALL_CHILDREN.add(child);
		return child;
	}

	/**
	 * Waits until the update import has read the whole file (its final progress), so that
	 * PostgreSQL is merging it when the JVM is killed: the backend then runs on without
	 * its client, which is the case the restart has to clean up.
	 * @return the import's id
	 */
	private static String awaitMergeRunning(StatisticsHttp api, String fileName, String firstImport)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			Optional<Map<String, Object>> update = api.getList("/api/v1/statistics/imports")
				.stream()
				.filter((view) -> fileName.equals(view.get("fileName")) && !firstImport.equals(view.get("id")))
				.findFirst();
			if (update.isPresent()) {
				assertThat(update.get().get("status"))
					.as(() -> "the update import ended before the kill " + "(generate more cells): " + update.get())
					.isEqualTo("RUNNING");
				if (StatisticsHttp.number(update.get().get("rowsDone")) >= CELLS) {
					return (String) update.get().get("id");
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError(
				"the update import did not reach its merge: " + api.getList("/api/v1/statistics/imports"));
	}

	/** An Open SDG file of {@link #CELLS} cells, each with the same value. */
	private static byte[] file(int value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(CELLS * 24);
		StringBuilder lines = new StringBuilder("Year,GeoCode,Gruppe,Value\n");
		for (int cell = 0; cell < CELLS; cell++) {
			lines.append(2000 + cell % YEARS)
				.append(",K03459,G")
				.append(cell / YEARS)
				.append(',')
				.append(value)
				.append('\n');
			if (lines.length() > 1 << 16) {
				out.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
				lines.setLength(0);
			}
		}
		out.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
