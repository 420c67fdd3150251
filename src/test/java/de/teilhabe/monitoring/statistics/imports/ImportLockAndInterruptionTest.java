package de.teilhabe.monitoring.statistics.imports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, faults: a rollback takes the tenant's import lock (refused with 409 while an
 * import of the tenant runs), and an import whose platform instance vanished shows as
 * failed, also with an external database, without waiting hours.
 */
@IntegrationTest
class ImportLockAndInterruptionTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	private StatisticsHttp strategie() {
		return StatisticsHttp.withToken(this.port, "strategie");
	}

	@Test
	void aRollbackWhileAnImportOfTheTenantRunsIsRefusedAndWorksAfterwards() throws Exception {
		String code = StatisticsHttp.uniqueCode("lock");
		Map<String, Object> done = strategie().uploadOk("indicator_" + code + ".csv", csv("2019,K03459,100\n"), null,
				201);
		UUID tenantId = tenantOf(done.get("importId"));
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment);
				Connection connection = superuser.getConnection();
				Statement statement = connection.createStatement()) {
			// keeps the next import of the tenant running (waiting in its transaction)
			statement.execute("SELECT pg_advisory_lock(hashtext('statistics-import:" + tenantId + "'))");
			String other = StatisticsHttp.uniqueCode("lock-running");
			CompletableFuture<HttpResponse<String>> running = CompletableFuture
				.supplyAsync(() -> strategie().upload("indicator_" + other + ".csv", csv("2020,K03459,1\n"), null));
			awaitRunningImport(tenantId, "indicator_" + other + ".csv");

			HttpResponse<String> refused = rollback(done.get("importId"));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
			assertThat(refused.body()).containsAnyOf("läuft ein Import", "import of this organisation is running");

			statement.execute("SELECT pg_advisory_unlock(hashtext('statistics-import:" + tenantId + "'))");
			assertThat(running.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
		}
		assertThat(rollback(done.get("importId")).statusCode()).isEqualTo(200);
		assertThat(strategie().http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
	}

	/**
	 * An import waiting for another one of its tenant holds a pooled connection: it waits
	 * at most teilhabe.statistics.wait-for-other-imports (15 s in the tests), then it is
	 * refused with 409 and shows as failed, not as running.
	 */
	@Test
	void anImportThatWaitsTooLongForAnotherIsRefusedAndShowsAsFailed() throws Exception {
		Map<String, Object> done = strategie().uploadOk("indicator_" + StatisticsHttp.uniqueCode("wait") + ".csv",
				csv("2019,K03459,100\n"), null, 201);
		UUID tenantId = tenantOf(done.get("importId"));
		String waiting = "indicator_" + StatisticsHttp.uniqueCode("waiting") + ".csv";
		HttpResponse<String> refused;
		long started = System.nanoTime();
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment);
				Connection connection = superuser.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(hashtext('statistics-import:" + tenantId + "'))");
			refused = strategie().upload(waiting, csv("2020,K03459,1\n"), null);
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.body()).contains("Gerade läuft ein anderer Import dieser Organisation");
		assertThat(seconds).as("seconds waited").isBetween(14L, 60L);
		assertThat(this.jdbc.sql("SELECT status FROM statistics_import WHERE tenant_id = ? AND file_name = ?")
			.params(tenantId, waiting)
			.query(String.class)
			.list()).containsExactly("FAILED");
		// the lock is free again: the same file is imported
		assertThat(strategie().upload(waiting, csv("2020,K03459,1\n"), null).statusCode()).isEqualTo(201);
	}

	@Test
	void anImportWhoseInstanceVanishedShowsAsFailedAtOnceAlsoWithAnExternalDatabase() {
		Map<String, Object> done = strategie().uploadOk("indicator_" + StatisticsHttp.uniqueCode("vanished") + ".csv",
				csv("2019,K03459,1\n"), null, 201);
		UUID tenantId = tenantOf(done.get("importId"));
		String ownInstance = this.jdbc.sql("SELECT current_setting('application_name')").query(String.class).single();
		assertThat(ownInstance).startsWith("teilhabe-");
		assertThat(this.jdbc.sql("SELECT instance FROM statistics_import WHERE id = ?")
			.param(UUID.fromString((String) done.get("importId")))
			.query(String.class)
			.single()).isEqualTo(ownInstance);

		// begun a minute ago by an instance that was killed, and one by this instance
		UUID killed = runningImport(tenantId, "teilhabe-" + UUID.randomUUID());
		UUID alive = runningImport(tenantId, ownInstance);
		assertThat(status(killed)).containsEntry("status", "FAILED").containsEntry("errorKind", "INTERRUPTED");
		assertThat(status(alive)).containsEntry("status", "RUNNING");

		// the start-up task with an external database: a vanished instance's import is
		// failed, a running one of a live instance is not
		UUID killedBeforeRestart = runningImport(tenantId, "teilhabe-" + UUID.randomUUID());
		new InterruptedImports(this.jdbc, Clock.systemUTC(), false).run();
		assertThat(statusInDatabase(killedBeforeRestart)).isEqualTo("FAILED");
		assertThat(statusInDatabase(alive)).isEqualTo("RUNNING");
		this.jdbc.sql("UPDATE statistics_import SET status = 'FAILED' WHERE id = ?").param(alive).update();
	}

	private UUID runningImport(UUID tenantId, String instance) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO statistics_import (id, tenant_id, username, started_at, file_name, dry_run, strict, "
					+ "status, instance) VALUES (?, ?, 'strategie', ?, 'laufend.csv', false, false, 'RUNNING', ?)")
			.params(id, tenantId, OffsetDateTime.now().minusMinutes(1), instance)
			.update();
		return id;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> status(UUID importId) {
		return (Map<String, Object>) strategie().getJson("/api/v1/statistics/imports/" + importId).get("import");
	}

	private String statusInDatabase(UUID importId) {
		return this.jdbc.sql("SELECT status FROM statistics_import WHERE id = ?")
			.param(importId)
			.query(String.class)
			.single();
	}

	private void awaitRunningImport(UUID tenantId, String fileName) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			boolean running = this.jdbc
				.sql("SELECT count(*) FROM statistics_import WHERE tenant_id = ? AND file_name = ? "
						+ "AND status = 'RUNNING'")
				.params(tenantId, fileName)
				.query(Long.class)
				.single() > 0;
			if (running) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import did not start");
	}

	private UUID tenantOf(Object importId) {
		return this.jdbc.sql("SELECT tenant_id FROM statistics_import WHERE id = ?")
			.param(UUID.fromString((String) importId))
			.query(UUID.class)
			.single();
	}

	private HttpResponse<String> rollback(Object importId) {
		return strategie().http().send("POST", "/api/v1/statistics/imports/" + importId + "/rollback", null, null);
	}

	private static byte[] csv(String rows) {
		return ("Year,GeoCode,Value\n" + rows).getBytes(StandardCharsets.UTF_8);
	}

}
