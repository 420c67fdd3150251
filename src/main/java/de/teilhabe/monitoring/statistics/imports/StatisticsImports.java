package de.teilhabe.monitoring.statistics.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import de.teilhabe.access.AuditLog;
import de.teilhabe.monitoring.statistics.areas.StatisticalAreas;
import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileException;
import de.teilhabe.monitoring.statistics.reference.SeriesCatalogue;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.database.StatementTimeout;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics imports of a tenant (or of shared reference data): run now or in the
 * background, history, rollback.
 * <p>
 * Rollback rule: an import is undone as a whole: cells it created are deleted, cells it
 * overwrote get back their previous content (and previous import), series it created and
 * that are now empty are deleted. Imports are undone newest first: if a later import that
 * is still in force has overwritten cells of this one, the rollback is refused (409)
 * naming that import; roll it back first. Series titles and units the import changed stay
 * as they are.
 */
@Service
public class StatisticsImports {

	private static final Logger log = LoggerFactory.getLogger(StatisticsImports.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String VIEW_COLUMNS = "i.id, i.tenant_id IS NULL AS shared, i.username, i.started_at, "
			+ "i.finished_at, i.file_name, i.size_bytes, i.checksum, i.format, i.dry_run, i.strict, i.status, "
			+ "i.rows_done, i.bytes_done, i.rows_read, i.stored, i.updated, i.rejected, i.error_kind, i.error, "
			+ "i.error_key, i.error_arguments::text AS error_arguments, i.rolled_back_at, i.rolled_back_by";

	private final StatisticsImporter importer;

	private final StatisticalAreas areas;

	private final SeriesCatalogue catalogue;

	private final Tenants tenants;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	/**
	 * Imports started from the UI: two at a time, ten waiting; more are refused (the
	 * import page says so). Not a bean, so that nothing else runs on these threads.
	 */
	private final ThreadPoolExecutor background = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(10), (task) -> {
				Thread thread = new Thread(task, "statistics-import");
				thread.setDaemon(true);
				return thread;
			});

	private final Clock clock;

	private final long maxUncompressedBytes;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final InterruptedImports interrupted;

	StatisticsImports(StatisticsImporter importer, StatisticalAreas areas, SeriesCatalogue catalogue, Tenants tenants,
			AuditLog audit, JdbcClient jdbc, Clock clock,
			@Value("${teilhabe.statistics.max-uncompressed-size:2GB}") org.springframework.util.unit.DataSize maxUncompressed,
			org.springframework.context.ApplicationEventPublisher events, InterruptedImports interrupted) {
		this.events = events;
		this.interrupted = interrupted;
		this.importer = importer;
		this.areas = areas;
		this.catalogue = catalogue;
		this.tenants = tenants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxUncompressedBytes = maxUncompressed.toBytes();
	}

	/**
	 * Imports a file of the actor's tenant now.
	 * @throws StatisticsFileException when the file as a whole cannot be read
	 */
	public ImportReport importNow(Actor actor, String fileName, StatisticsImporter.Content content, boolean dryRun,
			boolean strict, boolean sharedCopy) {
		ImportRequest request = request(actor, fileName, dryRun, strict, sharedCopy);
		UUID id = this.importer.begin(request);
		return run(id, request, content);
	}

	/**
	 * Imports a file of the actor's tenant in the background; the file is deleted
	 * afterwards.
	 * @return the import's id (its row shows the progress)
	 */
	public UUID importInBackground(Actor actor, String fileName, Path file, boolean dryRun, boolean strict,
			boolean sharedCopy) {
		ImportRequest request = request(actor, fileName, dryRun, strict, sharedCopy);
		UUID id = this.importer.begin(request);
		try {
			this.background.execute(() -> {
				try {
					run(id, request, () -> Files.newInputStream(file));
				}
				catch (StatisticsFileException ex) {
					// recorded as FAILED with its reason
				}
				catch (RuntimeException ex) {
					log.error("Background import {} of {} failed", id, fileName, ex);
				}
				finally {
					deleteQuietly(file);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			deleteQuietly(file);
			this.jdbc
				.sql("UPDATE statistics_import SET status = 'FAILED', finished_at = ?, error_kind = 'BUSY', "
						+ "error = ? WHERE id = ?")
				.params(now(), "Too many imports are running; please try again in a few minutes.", id)
				.update();
		}
		return id;
	}

	/**
	 * Imports a file as shared reference data (start-up), unless a file with the same
	 * checksum was already imported as shared data.
	 * @return the report, or empty if skipped
	 */
	public Optional<ImportReport> importShared(String fileName, byte[] content, String checksum) {
		boolean done = this.jdbc
			.sql("SELECT count(*) FROM statistics_import WHERE tenant_id IS NULL AND checksum = ? "
					+ "AND status = 'COMPLETED'")
			.param(checksum)
			.query(Long.class)
			.single() > 0;
		if (done) {
			return Optional.empty();
		}
		ImportRequest request = new ImportRequest(null, null, "system", fileName, false, false, true);
		UUID id = this.importer.begin(request);
		ImportReport report = this.importer.run(id, request, () -> new java.io.ByteArrayInputStream(content),
				this.areas.lookup(null), ImportSettings.defaults().withMaxUncompressedBytes(this.maxUncompressedBytes),
				this.catalogue::enrich);
		return Optional.of(report);
	}

	private ImportReport run(UUID id, ImportRequest request, StatisticsImporter.Content content) {
		ImportReport report;
		try {
			report = this.importer.run(id, request, content, this.areas.lookup(request.tenantId()),
					settingsOf(request.tenantId()), this.catalogue::enrich);
		}
		catch (StatisticsFileException ex) {
			auditImport(request, id, "statistics.import.failed", ex.kind().name());
			throw ex;
		}
		if (report.status() == ImportStatus.COMPLETED) {
			auditImport(request, id, "statistics.import.completed",
					report.fileName() + ": " + report.observationsStored() + " stored, " + report.observationsUpdated()
							+ " updated, " + report.rowsRejected() + " rejected");
		}
		return report;
	}

	private void auditImport(ImportRequest request, UUID id, String action, String details) {
		this.audit.record(new AuditLog.AuditEntry(request.tenantId(), request.userId(), request.username(),
				AuditLog.AuditCategory.OTHER, action, "statistics_import", id.toString(), null, details));
	}

	private ImportSettings settingsOf(UUID tenantId) {
		// a file without region codes holds data of the tenant's Land
		String land = this.tenants.find(tenantId)
			.map((tenant) -> tenant.homeRegionKey())
			.filter((key) -> key != null && key.length() >= 2)
			.map((key) -> key.substring(0, 2))
			.orElse("03");
		return ImportSettings.defaults().withDefaultRegion(land).withMaxUncompressedBytes(this.maxUncompressedBytes);
	}

	private static ImportRequest request(Actor actor, String fileName, boolean dryRun, boolean strict,
			boolean sharedCopy) {
		String name = (fileName == null || fileName.isBlank()) ? "upload.csv"
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return new ImportRequest(actor.tenantId(), actor.userId(), actor.username(), name, dryRun, strict, sharedCopy);
	}

	/** The tenant's imports, newest first. */
	public List<ImportView> history(UUID tenantId, int limit) {
		this.interrupted.markDeadImportsOf(tenantId);
		return this.jdbc
			.sql("SELECT " + VIEW_COLUMNS + " FROM statistics_import i WHERE i.tenant_id = ? "
					+ "ORDER BY i.started_at DESC, i.id LIMIT ?")
			.params(tenantId, limit)
			.query(ImportView.class)
			.list();
	}

	/** An import of the tenant or of shared reference data. */
	public Optional<ImportView> find(UUID tenantId, UUID id) {
		this.interrupted.markDeadImportsOf(tenantId);
		return this.jdbc
			.sql("SELECT " + VIEW_COLUMNS + " FROM statistics_import i WHERE i.id = ? "
					+ "AND (i.tenant_id = ? OR i.tenant_id IS NULL)")
			.params(id, tenantId)
			.query(ImportView.class)
			.optional();
	}

	/** The stored report of an import (none while running or after a file error). */
	public Optional<ImportReport> report(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT report::text FROM statistics_import WHERE id = ? AND (tenant_id = ? OR tenant_id IS NULL) "
					+ "AND report IS NOT NULL")
			.params(id, tenantId)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, ImportReport.class));
	}

	/**
	 * Undoes a completed import of the actor's tenant as a whole (see the class comment).
	 */
	@Transactional
	public RollbackResult rollback(Actor actor, UUID id) {
		UUID tenantId = actor.tenantId();
		StatementTimeout.liftForThisTransaction(this.jdbc); // undoing a large import
															// takes a while
		String status = this.jdbc.sql("SELECT status FROM statistics_import WHERE id = ? AND tenant_id = ? FOR UPDATE")
			.params(id, tenantId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.import"));
		// the import lock of the tenant: while an import runs, its merge may be saving
		// cells of this import as previous content; refused rather than waiting for it
		boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(?))")
			.param(StatisticsImporter.importLockName(tenantId))
			.query(Boolean.class)
			.single();
		if (!locked) {
			throw new ConflictException("monitoring.error.rollback.importRunning");
		}
		if (!ImportStatus.COMPLETED.name().equals(status)) {
			throw new ConflictException("monitoring.error.rollback.notCompleted");
		}
		List<String> later = this.jdbc
			.sql("SELECT DISTINCT i.file_name || ' (' || i.id || ')' FROM statistics_import_overwritten p "
					+ "JOIN statistics_import i ON i.id = p.import_id WHERE p.tenant_id = ? AND p.previous_import_id = ?")
			.params(tenantId, id)
			.query(String.class)
			.list();
		if (!later.isEmpty()) {
			throw new ConflictException("monitoring.error.rollback.later", String.join(", ", later));
		}
		// before series are deleted: which ones change (indicators recompute after the
		// commit)
		StatisticsImporter.publishChanges(this.jdbc, this.events, tenantId, id);
		String seriesOfImport = "SELECT series_id FROM statistics_import_series WHERE import_id = ?";
		List<Long> seriesIds = this.jdbc.sql(seriesOfImport).param(id).query(Long.class).list();
		// Joins as hash joins: linear in the cells of the import's series whatever the
		// statistics of freshly written tables say. A nested loop chosen on a wrong
		// estimate (saved cells without statistics yet) probed every saved cell once per
		// cell, and a 200 000-cell rollback held the tenant's import lock for hours.
		this.jdbc.sql("SET LOCAL enable_nestloop = off").update();
		// first the cells it overwrote get their previous content (and import) back …
		int restored = this.jdbc
			.sql("UPDATE statistics_observation o SET value = p.value, symbol = p.symbol, quality = p.quality, "
					+ "note = p.note, line = p.line, import_id = p.previous_import_id "
					+ "FROM statistics_observation_previous p WHERE p.tenant_id = ? AND p.import_id = ? "
					+ "AND o.tenant_id = ? AND o.series_id IN (" + seriesOfImport + ") AND o.series_id = p.series_id "
					+ "AND o.region_key = p.region_key AND o.period = p.period AND o.dimension_key = p.dimension_key")
			.params(tenantId, id, tenantId, id)
			.update();
		// … so that the cells still carrying the import are those it created
		int deleted = this.jdbc
			.sql("DELETE FROM statistics_observation WHERE tenant_id = ? AND series_id IN (" + seriesOfImport
					+ ") AND import_id = ?")
			.params(tenantId, id, id)
			.update();
		this.jdbc.sql("DELETE FROM statistics_observation_previous WHERE tenant_id = ? AND import_id = ?")
			.params(tenantId, id)
			.update();
		this.jdbc.sql("DELETE FROM statistics_import_overwritten WHERE tenant_id = ? AND import_id = ?")
			.params(tenantId, id)
			.update();
		SeriesSummaries.rewrite(this.jdbc, tenantId, seriesIds);
		int seriesDeleted = this.jdbc
			.sql("DELETE FROM statistics_series se WHERE se.tenant_id = ? AND se.created_by_import = ? "
					+ "AND se.observations = 0")
			.params(tenantId, id)
			.update();
		this.jdbc
			.sql("UPDATE statistics_import SET status = 'ROLLED_BACK', rolled_back_at = ?, rolled_back_by = ? "
					+ "WHERE id = ?")
			.params(now(), actor.username(), id)
			.update();
		this.audit.record(new AuditLog.AuditEntry(tenantId, actor.userId(), actor.username(),
				AuditLog.AuditCategory.OTHER, "statistics.import.rolled-back", "statistics_import", id.toString(), null,
				deleted + " deleted, " + restored + " restored, " + seriesDeleted + " series removed"));
		return new RollbackResult(id, deleted, restored, seriesDeleted);
	}

	/**
	 * The series an import wrote to that still exist, code → id, by code (empty for a dry
	 * run, a refused or rolled-back import).
	 */
	public Map<String, Long> seriesOf(UUID tenantId, UUID importId) {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT s.code, s.id FROM statistics_import_series i JOIN statistics_series s ON s.id = i.series_id "
					+ "WHERE i.import_id = ? AND (s.tenant_id = ? OR s.tenant_id IS NULL) ORDER BY s.code")
			.params(importId, tenantId)
			.query((rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/** The imports of one series (visible to the tenant), newest first. */
	public List<ImportView> historyOfSeries(UUID tenantId, long seriesId) {
		return this.jdbc
			.sql("SELECT " + VIEW_COLUMNS
					+ " FROM statistics_import i JOIN statistics_import_series s ON s.import_id = i.id "
					+ "WHERE s.series_id = ? AND (i.tenant_id = ? OR i.tenant_id IS NULL) ORDER BY i.started_at DESC")
			.params(seriesId, tenantId)
			.query(ImportView.class)
			.list();
	}

	@PreDestroy
	void stopBackgroundImports() {
		this.background.shutdownNow();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a rollback did.
	 *
	 * @param importId the import
	 * @param deleted cells it had created, deleted
	 * @param restored cells it had overwritten, restored
	 * @param seriesDeleted series it had created, now empty, deleted
	 */
	public record RollbackResult(UUID importId, int deleted, int restored, int seriesDeleted) {

	}

}
