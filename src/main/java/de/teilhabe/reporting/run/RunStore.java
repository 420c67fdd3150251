package de.teilhabe.reporting.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.reporting.render.RenderedReport;
import de.teilhabe.reporting.render.ReportFigure;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs of a tenant's report definitions and the versions the finished ones keep
 * (tables {@code reporting_run} and {@code reporting_version}). Every query filters on
 * the tenant, except the ones the worker and the start-up check use on a run it already
 * holds.
 */
@Repository
class RunStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<ReportFigure>> FIGURES = new TypeReference<>() {
	};

	private static final String SELECT = """
			SELECT r.*, coalesce(v.pages, 0) AS pages FROM reporting_run r
			LEFT JOIN reporting_version v ON v.tenant_id = r.tenant_id AND v.run_id = r.id
			""";

	/** A run whose instance has no connection to the database any more died with it. */
	private static final String DEAD = """
			status IN ('QUEUED', 'RUNNING') AND (instance IS NULL OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a
			  WHERE a.application_name = reporting_run.instance))""";

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new run, QUEUED, with the definition as it is now. */
	void insert(UUID tenantId, UUID id, ReportDefinition definition, String language, UUID startedBy,
			String startedByName, OffsetDateTime now) {
		this.jdbc
			.sql("""
					INSERT INTO reporting_run (tenant_id, id, definition_id, definition_title, definition_snapshot, language,
					  status, progress_total, started_by, started_by_name, queued_at, instance)
					VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, 'QUEUED', ?, ?, ?, ?, current_setting('application_name'))""")
			.params(tenantId, id, definition.id(), definition.title(), JSON.writeValueAsString(definition), language,
					definition.chapters().size(), startedBy, startedByName, now)
			.update();
	}

	/** Removes a run that never started (the workers refused it). */
	void forget(UUID tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM reporting_run WHERE tenant_id = ? AND id = ? AND status = 'QUEUED'")
			.params(tenantId, id)
			.update();
	}

	Optional<Run> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.id = ?")
			.params(tenantId, id)
			.query(RunStore::run)
			.optional();
	}

	/** The definition as the run started with it. */
	ReportDefinition definition(UUID tenantId, UUID id) {
		String json = this.jdbc.sql("SELECT definition_snapshot FROM reporting_run WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(String.class)
			.single();
		return JSON.readValue(json, ReportDefinition.class);
	}

	/** The latest runs of a definition (any status), newest first. */
	List<Run> latest(UUID tenantId, UUID definitionId, int limit) {
		return this.jdbc
			.sql(SELECT + " WHERE r.tenant_id = ? AND r.definition_id = ? ORDER BY r.queued_at DESC LIMIT ?")
			.params(tenantId, definitionId, limit)
			.query(RunStore::run)
			.list();
	}

	/** The versions of a definition: its finished runs, newest first. */
	List<Run> versions(UUID tenantId, UUID definitionId) {
		return this.jdbc.sql(SELECT + """
				WHERE r.tenant_id = ? AND r.definition_id = ? AND r.status = 'DONE' ORDER BY r.ended_at DESC, r.id""")
			.params(tenantId, definitionId)
			.query(RunStore::run)
			.list();
	}

	/** A worker takes a queued run; false if it was cancelled meanwhile. */
	boolean start(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE reporting_run SET status = 'RUNNING', started_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'QUEUED'""").params(now, tenantId, id).update() > 0;
	}

	void progress(UUID tenantId, UUID id, int done, int total) {
		this.jdbc.sql("""
				UPDATE reporting_run SET progress_done = ?, progress_total = ?
				WHERE tenant_id = ? AND id = ? AND status = 'RUNNING'""").params(done, total, tenantId, id).update();
	}

	boolean cancelRequested(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT cancel_requested FROM reporting_run WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/**
	 * Asks a run to stop: a queued run is cancelled at once, a running one when the
	 * rendering next asks. Returns the run's status afterwards, or empty when it had
	 * already ended (or is unknown).
	 */
	Optional<RunStatus> cancel(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE reporting_run SET cancel_requested = true,
				  status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
				  ended_at = CASE WHEN status = 'QUEUED' THEN ? ELSE ended_at END
				WHERE tenant_id = ? AND id = ? AND status IN ('QUEUED', 'RUNNING') RETURNING status""")
			.params(now, tenantId, id)
			.query((rs, row) -> RunStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/** Keeps the document of a finished run as a version and marks the run DONE. */
	@Transactional
	void done(UUID tenantId, UUID id, RenderedReport report, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO reporting_version (tenant_id, run_id, html, pdf, pages, figures)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""")
			.params(tenantId, id, report.html(), report.pdf(), report.pages(),
					JSON.writeValueAsString(report.figures()))
			.update();
		this.jdbc.sql("""
				UPDATE reporting_run SET status = 'DONE', progress_done = progress_total, ended_at = ?, data_as_of = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(now, (report.dataAsOf() != null) ? report.dataAsOf().atOffset(ZoneOffset.UTC) : null, tenantId, id)
			.update();
	}

	void failed(UUID tenantId, UUID id, String reason, OffsetDateTime now) {
		this.jdbc
			.sql("UPDATE reporting_run SET status = 'FAILED', reason = ?, ended_at = ? WHERE tenant_id = ? AND id = ?")
			.params(reason, now, tenantId, id)
			.update();
	}

	void cancelled(UUID tenantId, UUID id, OffsetDateTime now) {
		this.jdbc.sql("UPDATE reporting_run SET status = 'CANCELLED', ended_at = ? WHERE tenant_id = ? AND id = ?")
			.params(now, tenantId, id)
			.update();
	}

	/**
	 * Marks the runs whose instance stopped (killed, crashed, restarted) as failed with
	 * the reason given; returns how many.
	 */
	int markDead(String language, String reason, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE reporting_run SET status = 'FAILED', reason = ?, ended_at = ? WHERE language = ? AND " + DEAD)
			.params(reason, now, language)
			.update();
	}

	Optional<String> html(UUID tenantId, UUID runId) {
		return this.jdbc.sql("SELECT html FROM reporting_version WHERE tenant_id = ? AND run_id = ?")
			.params(tenantId, runId)
			.query(String.class)
			.optional();
	}

	Optional<byte[]> pdf(UUID tenantId, UUID runId) {
		return this.jdbc.sql("SELECT pdf FROM reporting_version WHERE tenant_id = ? AND run_id = ? AND pdf IS NOT NULL")
			.params(tenantId, runId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	List<ReportFigure> figures(UUID tenantId, UUID runId) {
		return this.jdbc.sql("SELECT figures FROM reporting_version WHERE tenant_id = ? AND run_id = ?")
			.params(tenantId, runId)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, FIGURES))
			.orElse(List.of());
	}

	private static Run run(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getObject("id", UUID.class), rs.getObject("definition_id", UUID.class),
				rs.getString("definition_title"), rs.getString("language"), RunStatus.valueOf(rs.getString("status")),
				rs.getInt("progress_done"), rs.getInt("progress_total"), rs.getString("reason"),
				rs.getBoolean("cancel_requested"), rs.getString("started_by_name"), time(rs, "queued_at"),
				time(rs, "started_at"), time(rs, "ended_at"), time(rs, "data_as_of"), rs.getInt("pages"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

}
