package de.teilhabe.monitoring.statistics.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.StatisticsChanged;
import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.ParseSummary;
import de.teilhabe.monitoring.statistics.importing.Reason;
import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.monitoring.statistics.importing.RejectedRow;
import de.teilhabe.monitoring.statistics.importing.SeriesDefinition;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileException;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileReader;
import de.teilhabe.shared.web.ConflictException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one statistics file into PostgreSQL in one transaction, streaming: a parser
 * thread reads the file and writes COPY lines into a bounded pipe; this thread streams
 * them with {@code COPY} straight into {@code statistics_observation} (every series new)
 * or into a temporary staging table; then one statement merges the staging table into
 * {@code statistics_observation}, saving what it overwrites (for rollback) and counting
 * new and overwritten cells. Heap use does not grow with the file.
 * <p>
 * A file-level error ({@link StatisticsFileException}) stores nothing. A dry run and a
 * strict refusal do the whole work and roll it back: a dry run's report says exactly what
 * an import would do, a refusal's report lists the rejected rows and 0 cells stored. The
 * import row is written before (status {@code RUNNING}, progress updated about once a
 * second from the parser thread) and completed in the import's transaction.
 * <p>
 * Plain Java (no Spring bean of its own), so the benchmark can run it on its own data
 * source.
 */
public class StatisticsImporter implements AutoCloseable {

	private static final String OBSERVATION_COLUMNS = "region_key, period, period_kind, dimension_key, value, "
			+ "symbol, quality, note, line";

	/**
	 * The SQLSTATE of a unique violation (a plain INSERT of a cell the file holds twice).
	 */
	private static final String UNIQUE_VIOLATION = "23505";

	/** SQL state of a lock wait ended by lock_timeout. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final ExecutorService parsers;

	/**
	 * Told in the import's transaction which series a completed import changed
	 * (indicators recompute).
	 */
	private final ApplicationEventPublisher events;

	private Duration waitForOtherImports;

	public StatisticsImporter(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
		this(dataSource, transactionManager, clock, null);
	}

	public StatisticsImporter(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			ApplicationEventPublisher events) {
		this.waitForOtherImports = Duration.ofMinutes(5);
		this.events = events;
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.parsers = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "statistics-parser-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Records the start of an import (status {@code RUNNING}), committed at once so that
	 * its progress can be watched, with the platform instance that runs it (the
	 * {@code application_name} of its connections, see {@link InterruptedImports}).
	 * @return the import's id
	 */
	public UUID begin(ImportRequest request) {
		UUID id = UUID.randomUUID();
		this.newTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("INSERT INTO statistics_import (id, tenant_id, user_id, username, started_at, file_name, dry_run, "
					+ "strict, status, instance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', "
					+ "nullif(current_setting('application_name'), ''))")
			.params(id, request.tenantId(), request.userId(), request.username(), now(), request.fileName(),
					request.dryRun(), request.strict())
			.update());
		return id;
	}

	/**
	 * Runs an import begun with {@link #begin(ImportRequest)}.
	 * @param importId the import
	 * @param request what and how
	 * @param content opens the file (twice when the fast path has to give way)
	 * @param lookup the region keys the file may use
	 * @param settings parser settings
	 * @param enrich gives series their catalogue title and source where known
	 * @return the report (status {@code COMPLETED}, {@code DRY_RUN} or {@code REFUSED})
	 * @throws StatisticsFileException when the file as a whole cannot be read (the import
	 * is then recorded as {@code FAILED})
	 */
	public ImportReport run(UUID importId, ImportRequest request, Content content, RegionLookup lookup,
			ImportSettings settings, UnaryOperator<SeriesDefinition> enrich) {
		Attempt attempt = new Attempt();
		try {
			ImportReport report;
			try {
				report = importInTransaction(importId, request, content, lookup, settings, enrich, attempt,
						Route.FAST_IF_NEW);
			}
			catch (FastPathGaveWay ex) {
				// nothing of the first try is left (its transaction rolled back): the
				// file goes through the staging table
				attempt.recordedCodes.clear();
				report = importInTransaction(importId, request, content, lookup, settings, enrich, attempt,
						ex.duplicates ? Route.STAGED_KNOWING_REPETITIONS : Route.STAGED);
			}
			if (report.status() != ImportStatus.COMPLETED) {
				ImportReport notStored = report;
				this.newTransaction.executeWithoutResult((status) -> finish(importId, notStored, attempt.in));
			}
			return report;
		}
		catch (StatisticsFileException ex) {
			fail(importId, ex.kind().name(), ex.getMessage(), attempt.in);
			this.newTransaction.executeWithoutResult((status) -> this.jdbc
				.sql("UPDATE statistics_import SET error_key = ?, error_arguments = CAST(? AS jsonb) WHERE id = ?")
				.params(ex.detailKey(), JSON.writeValueAsString(ex.detailArguments()), importId)
				.update());
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			fail(importId, "ERROR", "The import failed: " + ex.getMessage(), attempt.in);
			throw ex;
		}
	}

	/**
	 * A tenant's file that created series the platform already holds as shared reference
	 * data (a shipped file imported again) is refused unless the tenant confirmed the
	 * copy: the copy would silently hide the shared series from the tenant's indicators.
	 * @throws StatisticsFileException of kind {@code SHARED_SERIES} (the transaction
	 * rolls back)
	 */
	private void refuseUnconfirmedSharedCopies(UUID importId, ImportRequest request) {
		if (request.tenantId() == null || request.sharedCopy()) {
			return;
		}
		List<String> codes = this.jdbc
			.sql("SELECT s.code FROM statistics_series s WHERE s.tenant_id = ? AND s.created_by_import = ? "
					+ "AND EXISTS (SELECT 1 FROM statistics_series shared WHERE shared.tenant_id IS NULL "
					+ "AND shared.code = s.code) ORDER BY s.code")
			.params(request.tenantId(), importId)
			.query(String.class)
			.list();
		if (!codes.isEmpty()) {
			throw new StatisticsFileException(StatisticsFileException.Kind.SHARED_SERIES,
					"The file holds the shared series " + String.join(", ", codes)
							+ "; import it again with sharedCopy=true to keep a copy of the tenant's own.",
					"monitoring.fileError.detail.sharedSeries", String.join(", ", codes));
		}
	}

	/**
	 * A file may not write to a code reserved for a module's operational statistics (e.g.
	 * {@code counselling.cases}): it would mix official figures into the module's counts.
	 * @param recordedCodes the series the import recorded (see {@link #recordSeries})
	 * @throws StatisticsFileException of kind {@code RESERVED_SERIES} (the transaction
	 * rolls back)
	 */
	private static void refuseModuleCodes(List<String> recordedCodes) {
		List<String> codes = recordedCodes.stream().filter(OperationalStatistics::isReservedCode).sorted().toList();
		if (!codes.isEmpty()) {
			throw new StatisticsFileException(StatisticsFileException.Kind.RESERVED_SERIES,
					"The file holds the series " + String.join(", ", codes)
							+ ", whose codes are reserved for the platform's modules' own figures.",
					"monitoring.fileError.detail.reservedSeries", String.join(", ", codes));
		}
	}

	/**
	 * Publishes {@link StatisticsChanged} for the series an import wrote to (in the
	 * current transaction; listeners act after the commit).
	 */
	static void publishChanges(JdbcClient jdbc, ApplicationEventPublisher events, UUID tenantId, UUID importId) {
		if (events == null) {
			return;
		}
		Set<Long> ids = new java.util.TreeSet<>();
		Set<String> codes = new java.util.TreeSet<>();
		jdbc.sql("SELECT s.id, s.code FROM statistics_import_series i JOIN statistics_series s ON s.id = i.series_id "
				+ "WHERE i.import_id = ?")
			.param(importId)
			.query((rs) -> {
				ids.add(rs.getLong(1));
				codes.add(rs.getString(2));
			});
		if (!codes.isEmpty()) {
			events.publishEvent(new StatisticsChanged(tenantId, Set.copyOf(ids), Set.copyOf(codes)));
		}
	}

	/** Opens the content of a file, as often as asked. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

	/**
	 * The stream of the current attempt (for checksum, size and progress) and the codes
	 * of the series it recorded (those it wrote cells to).
	 */
	private static final class Attempt {

		MeasuredInputStream in = new MeasuredInputStream(InputStream.nullInputStream());

		final List<String> recordedCodes = new ArrayList<>();

	}

	/**
	 * The import in one transaction: the tenant's import lock, the cells, the checks and
	 * the import row. A dry run or a refusal is rolled back.
	 * @param route the fast path first, or the staging table after it gave way
	 * @throws FastPathGaveWay when the first try has to be repeated through the staging
	 * table (the transaction is rolled back)
	 */
	private ImportReport importInTransaction(UUID importId, ImportRequest request, Content content, RegionLookup lookup,
			ImportSettings settings, UnaryOperator<SeriesDefinition> enrich, Attempt attempt, Route route) {
		return this.newTransaction.execute((status) -> {
			boolean seriesOfTheFileExist = awaitImportLock(request.tenantId(), request.fileName());
			ImportReport report = importCells(importId, request, content, lookup, settings, enrich, status, attempt,
					seriesOfTheFileExist, route);
			refuseUnconfirmedSharedCopies(importId, request);
			refuseModuleCodes(attempt.recordedCodes);
			if (report.status() == ImportStatus.COMPLETED) {
				finish(importId, report, attempt.in);
				publishChanges(this.jdbc, this.events, request.tenantId(), importId);
			}
			else {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	/**
	 * The fast path first: when every series of the file is new, the observations go by
	 * COPY straight into their table. If a series already exists (a re-import) or the
	 * file holds a cell twice (the COPY fails on the unique key), the transaction is
	 * undone ({@link FastPathGaveWay}: cheaper than a savepoint around every first
	 * import, as the fast path rarely gives way) and the file is read again into a
	 * staging table and merged.
	 */
	private ImportReport importCells(UUID importId, ImportRequest request, Content content, RegionLookup lookup,
			ImportSettings settings, UnaryOperator<SeriesDefinition> enrich, TransactionStatus status, Attempt attempt,
			boolean seriesOfTheFileExist, Route route) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		if (seriesOfTheFileExist || route != Route.FAST_IF_NEW) {
			// a file of that name created series that still exist (most likely a
			// re-import, which the fast path would start and give up), or it gave way
			attempt.in = new MeasuredInputStream(open(content));
			return stageAndMerge(connection, importId, request, attempt, lookup, settings, enrich, status,
					route == Route.STAGED_KNOWING_REPETITIONS);
		}
		try {
			attempt.in = new MeasuredInputStream(open(content));
			Target direct = new Target(true, request.tenantId(), importId);
			Parsed parsed = copy(connection, direct, importId, request, attempt.in, lookup, settings, enrich);
			StagingSink sink = parsed.sink();
			Map<String, Long> ids = direct.ids;
			settleRepetitions(request.tenantId(), ids, sink);
			List<ImportReport.SeriesCount> counts = new ArrayList<>();
			long stored = 0;
			List<Long> written = new ArrayList<>();
			for (SeriesDefinition series : sink.series().values()) {
				long n = sink.count(series.code());
				if (n > 0) {
					insertSeries(ids.get(series.code()), request, series, parsed.summary().format().name(), importId,
							n);
					attempt.recordedCodes.add(series.code());
					written.add(ids.get(series.code()));
				}
				stored += n;
				counts.add(new ImportReport.SeriesCount(series.code(), series.label(), n));
			}
			// the parser counted the summaries of the cells it wrote, unless a cell was
			// deleted afterwards (repetitions that disagree) or there were too many
			boolean deletedCells = sink.repetitions().stream().anyMatch(RepeatedCells.Group::conflicting);
			if (sink.tally().complete() && !deletedCells) {
				sink.tally().write(this.jdbc, request.tenantId(), ids);
			}
			else {
				SeriesSummaries.rewrite(this.jdbc, request.tenantId(), written);
			}
			return report(importId, request, attempt.in, parsed, stored, 0, counts);
		}
		catch (RuntimeException ex) {
			boolean duplicates = UNIQUE_VIOLATION.equals(sqlState(ex));
			if (!(ex instanceof ExistingSeries) && !duplicates) {
				throw ex;
			}
			throw new FastPathGaveWay(duplicates);
		}
	}

	/**
	 * How an attempt brings the cells in: straight into their table if every series is
	 * new, or through the staging table after the fast path gave way (knowing, or not,
	 * that the file holds a cell twice).
	 */
	private enum Route {

		FAST_IF_NEW, STAGED, STAGED_KNOWING_REPETITIONS

	}

	/**
	 * The fast path gave way: a series of the file exists, or the file holds a cell twice
	 * beyond what the parser remembers (the COPY failed on the unique key).
	 */
	private static final class FastPathGaveWay extends RuntimeException {

		final boolean duplicates;

		FastPathGaveWay(boolean duplicates) {
			super("The fast path gave way", null, false, false);
			this.duplicates = duplicates;
		}

	}

	/**
	 * The cells the file gives more than once, held back on the fast path, are reported
	 * as {@link #rejectDuplicates} reports them on the staging path; where the
	 * repetitions disagree, the first cell, already written, is deleted: none of them is
	 * stored.
	 */
	private void settleRepetitions(UUID tenantId, Map<String, Long> seriesIds, StagingSink sink) {
		for (RepeatedCells.Group group : sink.repetitions()) {
			if (group.conflicting()) {
				this.jdbc
					.sql("DELETE FROM statistics_observation WHERE " + tenantIs("tenant_id", tenantId)
							+ " AND series_id = ? AND region_key = ? AND period = ? AND dimension_key = ?")
					.params(seriesIds.get(group.seriesCode()), group.regionKey(), group.period(), group.dimensionKey())
					.update();
				sink.uncount(group.seriesCode());
			}
		}
		reportRepetitions(sink, sink.repetitions());
	}

	/**
	 * Reports the cells given more than once as rejected rows, by line: a repetition with
	 * the same content as the first, or every line of a cell whose repetitions disagree.
	 */
	private static void reportRepetitions(StagingSink sink, List<RepeatedCells.Group> groups) {
		List<RejectedRow> rows = new ArrayList<>();
		for (RepeatedCells.Group group : groups) {
			Reason reason;
			if (group.conflicting()) {
				reason = Reason.of("cell.conflictingDuplicates", group.seriesCode(), group.regionKey(), group.period(),
						group.firstLine(), group.lastLine());
				rows.add(RejectedRow.of(group.firstLine(), null, reason));
			}
			else {
				reason = Reason.of("cell.duplicate", group.seriesCode(), group.regionKey(), group.period(),
						group.firstLine());
			}
			for (long line : group.repetitions()) {
				rows.add(RejectedRow.of(line, null, reason));
			}
		}
		rows.stream().sorted(java.util.Comparator.comparingLong(RejectedRow::line)).forEach(sink::rejected);
	}

	private static InputStream open(Content content) {
		try {
			return content.open();
		}
		catch (IOException ex) {
			throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
					"The file could not be read: " + ex.getMessage(), "monitoring.fileError.detail.unreadable",
					ex.getMessage());
		}
	}

	/**
	 * Creates a series the fast path wrote new cells to and records them (one round
	 * trip).
	 */
	private void insertSeries(long id, ImportRequest request, SeriesDefinition series, String format, UUID importId,
			long observations) {
		this.jdbc.sql("WITH created AS (INSERT INTO statistics_series (id, tenant_id, code, label, unit, source, "
				+ "attribution, format, dimension_names, created_by_import, updated_at, observations) VALUES (?, ?, "
				+ "?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id, tenant_id, observations) "
				+ "INSERT INTO statistics_import_series (tenant_id, import_id, series_id, observations, stored, "
				+ "updated) SELECT tenant_id, ?, id, observations, observations, 0 FROM created")
			.params(id, request.tenantId(), series.code(), series.label(), series.unit(), series.source(),
					series.attribution(), format, json(series.dimensionNames()), importId, now(), observations,
					importId)
			.update();
	}

	/**
	 * Records what the import wrote to a series (a dry run or a refusal rolls it back).
	 */
	private void recordSeries(ImportRequest request, UUID importId, long seriesId, long stored, long updated) {
		this.jdbc
			.sql("INSERT INTO statistics_import_series (tenant_id, import_id, series_id, observations, stored, "
					+ "updated) VALUES (?, ?, ?, ?, ?, ?)")
			.params(request.tenantId(), importId, seriesId, stored + updated, stored, updated)
			.update();
	}

	private static ImportReport report(UUID importId, ImportRequest request, MeasuredInputStream in, Parsed parsed,
			long stored, long updated, List<ImportReport.SeriesCount> counts) {
		StagingSink sink = parsed.sink();
		boolean refused = request.strict() && sink.rejectedCount() > 0;
		ImportStatus outcome = request.dryRun() ? ImportStatus.DRY_RUN
				: refused ? ImportStatus.REFUSED : ImportStatus.COMPLETED;
		// a refusal is rolled back: its history and import page say that nothing was
		// stored
		boolean storedNothing = outcome == ImportStatus.REFUSED;
		List<ImportReport.SeriesCount> series = storedNothing
				? counts.stream().map((count) -> new ImportReport.SeriesCount(count.code(), count.label(), 0)).toList()
				: counts;
		return new ImportReport(importId, outcome, request.fileName(), in.checksum(), parsed.summary().format(),
				parsed.summary().rowsRead(), storedNothing ? 0 : stored, storedNothing ? 0 : updated,
				sink.rejectedCount(), series, sink.rejected(), sink.rejectedCount() > sink.rejected().size(),
				parsed.summary().notes());
	}

	private ImportReport stageAndMerge(Connection connection, UUID importId, ImportRequest request, Attempt attempt,
			RegionLookup lookup, ImportSettings settings, UnaryOperator<SeriesDefinition> enrich,
			TransactionStatus status, boolean knownDuplicates) {
		// Kept by the (pooled) connection and emptied at every commit: creating and
		// dropping it with each import wrote and deleted its catalog rows each time
		// (about
		// 1.5 ms per file). Rows of a transaction that rolled back are invisible and go
		// with the next commit.
		this.jdbc
			.sql("CREATE TEMPORARY TABLE IF NOT EXISTS statistics_staging (series_code TEXT NOT NULL, "
					+ "region_key TEXT NOT NULL, period TEXT NOT NULL, period_kind TEXT NOT NULL, "
					+ "dimension_key TEXT NOT NULL, value NUMERIC, symbol TEXT, quality CHAR(1), note TEXT, "
					+ "line BIGINT NOT NULL) ON COMMIT DELETE ROWS")
			.update();
		Parsed parsed = copy(connection, new Target(false, request.tenantId(), importId), importId, request, attempt.in,
				lookup, settings, enrich);
		StagingSink sink = parsed.sink();

		// the series that have observations: created or updated (label, unit, source)
		Map<String, Long> seriesIds = new HashMap<>();
		List<Long> existing = new ArrayList<>();
		// how many cells the file gives for the series that exist, and how many they hold
		long givenOfExisting = 0;
		long heldByExisting = 0;
		for (SeriesDefinition series : sink.series().values()) {
			if (sink.count(series.code()) == 0) {
				continue;
			}
			Map<String, Object> row = this.jdbc
				.sql("INSERT INTO statistics_series (tenant_id, code, label, unit, source, "
						+ "attribution, format, dimension_names, created_by_import, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) "
						+ "ON CONFLICT ON CONSTRAINT statistics_series_code_key DO UPDATE SET label = EXCLUDED.label, "
						+ "unit = EXCLUDED.unit, source = EXCLUDED.source, attribution = EXCLUDED.attribution, "
						+ "format = EXCLUDED.format, dimension_names = EXCLUDED.dimension_names, "
						+ "updated_at = EXCLUDED.updated_at RETURNING id, (xmax = 0) AS created, observations")
				.params(request.tenantId(), series.code(), series.label(), series.unit(), series.source(),
						series.attribution(), parsed.summary().format().name(), json(series.dimensionNames()), importId,
						now())
				.query()
				.singleRow();
			long id = ((Number) row.get("id")).longValue();
			seriesIds.put(series.code(), id);
			if (!((Boolean) row.get("created"))) {
				existing.add(id);
				givenOfExisting += sink.count(series.code());
				heldByExisting += ((Number) row.get("observations")).longValue();
			}
		}
		// A file that gives a good part of its series' cells (a re-import) reads them
		// in one pass: cheaper than looking every cell up in the unique key.
		boolean wholeSeries = givenOfExisting * 4 >= heldByExisting;

		Map<Long, long[]> written;
		if (seriesIds.isEmpty()) {
			written = Map.of();
		}
		else if (knownDuplicates || sink.repeatsCells()) {
			// settled first: merging a file that gives a cell twice fails and is undone
			rejectDuplicates(sink);
			written = merge(importId, request, existing, wholeSeries);
		}
		else {
			Object savepoint = status.createSavepoint();
			try {
				written = merge(importId, request, existing, wholeSeries);
				status.releaseSavepoint(savepoint);
			}
			catch (DataAccessException | CellGivenTwice ex) {
				if (ex instanceof DataAccessException && !UNIQUE_VIOLATION.equals(sqlState(ex))) {
					throw ex;
				}
				// the file holds the same cell twice: see rejectDuplicates
				status.rollbackToSavepoint(savepoint);
				status.releaseSavepoint(savepoint);
				rejectDuplicates(sink);
				written = merge(importId, request, existing, wholeSeries);
			}
		}

		long stored = 0;
		long updated = 0;
		List<ImportReport.SeriesCount> counts = new ArrayList<>();
		List<Long> summaryChanged = new ArrayList<>();
		for (SeriesDefinition series : sink.series().values()) {
			Long id = seriesIds.get(series.code());
			long[] n = (id == null) ? null : written.get(id);
			long seriesStored = (n == null) ? 0 : n[0];
			long seriesUpdated = (n == null) ? 0 : n[1];
			if (n != null && (n[0] > 0 || n[2] > 0)) {
				summaryChanged.add(id);
			}
			stored += seriesStored;
			updated += seriesUpdated;
			counts.add(new ImportReport.SeriesCount(series.code(), series.label(), seriesStored + seriesUpdated));
			if (id != null) {
				recordSeries(request, importId, id, seriesStored, seriesUpdated);
				attempt.recordedCodes.add(series.code());
			}
		}
		// a series whose cells were only overwritten, none of them gaining or losing
		// its value, keeps its summary (cells per region and period, dimensions, count)
		SeriesSummaries.rewrite(this.jdbc, request.tenantId(), summaryChanged);
		return report(importId, request, attempt.in, parsed, stored, updated, counts);
	}

	/**
	 * Merges the staging table into the observations. When every series of the file is
	 * new, no cell can exist yet: a plain INSERT (a cell the file holds twice fails it,
	 * and the caller falls back). Otherwise one statement updates the cells that exist,
	 * looking each up once, saves their previous content (for rollback) from the UPDATE's
	 * RETURNING and inserts the staging rows it did not return: a per-row trigger and
	 * {@code INSERT … ON CONFLICT DO UPDATE} cost about two and a half times as much, a
	 * lookup before the UPDATE about a third more (bench/README.md).
	 * <p>
	 * With {@code wholeSeries} (the file gives at least a quarter of the cells its
	 * existing series hold, as a re-import does) the UPDATE reads the cells of those
	 * series once, in index order, and matches them with the staging rows in a hash join:
	 * no lookup per cell in the unique key, and linear whatever the statistics say
	 * (planner settings for this statement only). Otherwise each cell is looked up.
	 * @return per series id: {stored, updated, overwritten cells that gained or lost
	 * their value}
	 * @throws CellGivenTwice when fewer cells were stored and updated than the file gives
	 * (it gives an existing cell twice; a cell given twice that is new fails the unique
	 * key instead)
	 */
	private Map<Long, long[]> merge(UUID importId, ImportRequest request, List<Long> existingSeries,
			boolean wholeSeries) {
		String seriesOfStaging = "FROM statistics_staging s JOIN statistics_series se ON se.code = s.series_code AND "
				+ tenantIs("se.tenant_id", request.tenantId());
		String insert = "INSERT INTO statistics_observation (tenant_id, series_id, region_key, period, period_kind, "
				+ "dimension_key, value, symbol, quality, note, import_id, line) ";
		Map<Long, long[]> written = new HashMap<>();
		if (existingSeries.isEmpty()) {
			this.jdbc
				.sql(insert + "SELECT CAST(? AS uuid), se.id, s.region_key, s.period, s.period_kind, s.dimension_key, "
						+ "s.value, s.symbol, s.quality, s.note, ?, s.line " + seriesOfStaging)
				.params(request.tenantId(), importId)
				.update();
			this.jdbc.sql("SELECT se.id, count(*) " + seriesOfStaging + " GROUP BY se.id")
				.query((rs, n) -> written.put(rs.getLong(1), new long[] { rs.getLong(2), 0, 0 }))
				.list();
			return written;
		}
		// ids are numbers: written into the statement, the planner sees them
		String existingIds = existingSeries.stream().map(String::valueOf).collect(Collectors.joining(","));
		String[] planner = null;
		if (wholeSeries) {
			// the cells of the existing series in one (bitmap) index range scan, hashed
			// against the staging rows: neither a lookup per cell nor a scan of the
			// whole table. One round trip: the settings in force are read first (the
			// select list is evaluated from left to right) and put back afterwards.
			planner = this.jdbc
				.sql("SELECT current_setting('enable_nestloop'), current_setting('enable_seqscan'), "
						+ "set_config('enable_nestloop', 'off', true), set_config('enable_seqscan', 'off', true)")
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
		}
		else {
			analyzeIfNeverAnalyzed();
		}
		boolean[] givenTwice = { false };
		// One lookup per cell: the UPDATE joins the staging table once and copies each
		// cell's content into its previous_* columns in the same write (an in-place HOT
		// update: no indexed column changes), so RETURNING can hand the overwritten
		// content to one INSERT into statistics_observation_previous (PostgreSQL 17 has
		// no RETURNING OLD). New cells are the staging rows no update returned.
		String cellOfUpdated = "u.series_id = se.id AND u.region_key = s.region_key AND u.period = s.period "
				+ "AND u.dimension_key = s.dimension_key";
		this.jdbc.sql("WITH updated AS (UPDATE statistics_observation o SET period_kind = s.period_kind, "
				+ "value = s.value, symbol = s.symbol, quality = s.quality, note = s.note, "
				+ "import_id = CAST(? AS uuid), line = s.line, previous_value = o.value, previous_symbol = o.symbol, "
				+ "previous_quality = o.quality, previous_note = o.note, previous_line = o.line, "
				+ "previous_import_id = o.import_id FROM statistics_staging s, statistics_series se "
				+ "WHERE se.code = s.series_code AND " + tenantIs("se.tenant_id", request.tenantId()) + " AND "
				+ observationOfCell("s", "se.id", request.tenantId()) + " AND o.series_id IN (" + existingIds + ")"
				+ " RETURNING o.series_id, o.region_key, o.period, o.dimension_key, o.previous_value, "
				+ "o.previous_symbol, o.previous_quality, o.previous_note, o.previous_line, o.previous_import_id, "
				+ "(o.value IS NULL) <> (o.previous_value IS NULL) AS presence_changed), "
				+ "saved AS (INSERT INTO statistics_observation_previous (tenant_id, import_id, series_id, "
				+ "region_key, period, dimension_key, value, symbol, quality, note, line, previous_import_id) "
				+ "SELECT CAST(? AS uuid), CAST(? AS uuid), series_id, region_key, period, dimension_key, "
				+ "previous_value, previous_symbol, previous_quality, previous_note, previous_line, previous_import_id "
				+ "FROM updated), "
				+ "overwritten AS (INSERT INTO statistics_import_overwritten (tenant_id, import_id, "
				+ "previous_import_id, cells) SELECT CAST(? AS uuid), CAST(? AS uuid), previous_import_id, count(*) "
				+ "FROM updated GROUP BY previous_import_id), " + "stored AS (" + insert
				+ "SELECT CAST(? AS uuid), se.id, s.region_key, s.period, s.period_kind, "
				+ "s.dimension_key, s.value, s.symbol, s.quality, s.note, CAST(? AS uuid), s.line " + seriesOfStaging
				// no new cell if the UPDATE overwrote as many cells as staging holds
				// rows (a row finds one cell at most, a cell is written once): a
				// one-time filter, the anti-join is skipped (a re-import)
				+ " WHERE (SELECT count(*) FROM updated) < (SELECT count(*) FROM statistics_staging) "
				+ "AND NOT EXISTS (SELECT 1 FROM updated u WHERE " + cellOfUpdated + ") RETURNING series_id) "
				// counted per branch first: a few rows per series to add up, not one per
				// cell
				+ "SELECT series_id, sum(stored) AS stored, sum(updated) AS updated, sum(given) AS given, "
				+ "sum(changed) AS changed FROM (SELECT series_id, count(*) AS stored, 0 AS updated, 0 AS given, "
				+ "0 AS changed FROM stored GROUP BY series_id UNION ALL SELECT series_id, 0, count(*), 0, "
				+ "count(*) FILTER (WHERE presence_changed) FROM updated GROUP BY series_id UNION ALL "
				+ "SELECT se.id, 0, 0, count(*), 0 " + seriesOfStaging + " GROUP BY se.id) n GROUP BY series_id")
			.params(importId, request.tenantId(), importId, request.tenantId(), importId, request.tenantId(), importId)
			.query((rs, n) -> {
				// a cell the file gives twice that exists is updated once for both
				givenTwice[0] |= rs.getLong("stored") + rs.getLong("updated") != rs.getLong("given");
				return written.put(rs.getLong("series_id"),
						new long[] { rs.getLong("stored"), rs.getLong("updated"), rs.getLong("changed") });
			})
			.list();
		if (wholeSeries) {
			this.jdbc.sql("SELECT set_config('enable_nestloop', ?, true), set_config('enable_seqscan', ?, true)")
				.params(planner[0], planner[1])
				.query((rs, n) -> n)
				.single();
		}
		if (givenTwice[0]) {
			throw new CellGivenTwice();
		}
		return written;
	}

	/**
	 * Gives the planner statistics of the observations if it has none (the table was
	 * filled by COPY since the last start and autovacuum has not come yet): without them
	 * it may update cell by cell looking them up by series alone. Once, about 0.1 s.
	 */
	private void analyzeIfNeverAnalyzed() {
		boolean never = this.jdbc
			.sql("SELECT reltuples < 0 FROM pg_class WHERE oid = 'statistics_observation'::regclass")
			.query(Boolean.class)
			.single();
		if (never) {
			this.jdbc.sql("ANALYZE statistics_observation").update();
		}
	}

	/** The join condition of observation {@code o} and the cell in row {@code row}. */
	private static String observationOfCell(String row, String seriesId, UUID tenantId) {
		return "o.series_id = " + seriesId + " AND o.region_key = " + row + ".region_key AND o.period = " + row
				+ ".period AND o.dimension_key = " + row + ".dimension_key AND " + tenantIs("o.tenant_id", tenantId);
	}

	/**
	 * The file gives a cell that exists already twice: one UPDATE overwrote it once for
	 * both (also when a rollback changed the cell meanwhile; merging again after
	 * {@link #rejectDuplicates} then sees the rollback's result).
	 */
	private static final class CellGivenTwice extends RuntimeException {

		CellGivenTwice() {
			super("The file gives a cell twice", null, false, false);
		}

	}

	/**
	 * Removes cells the file holds more than once from the staging table, as rejected
	 * rows: a repetition with the same content is dropped (the first is kept); when the
	 * repetitions disagree, none of them is stored (which one is right cannot be told).
	 */
	private void rejectDuplicates(StagingSink sink) {
		List<RepeatedCells.Group> noticed = sink.noticedRepetitions();
		if (noticed != null) {
			// the parser knows every repetition: only those rows are deleted (a window
			// over the whole staging table sorts it: a tenth of the folder's re-import)
			List<RepeatedCells.Group> groups = noticed;
			List<Long> lines = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			List<String> regions = new ArrayList<>();
			List<String> periods = new ArrayList<>();
			List<String> dimensions = new ArrayList<>();
			for (RepeatedCells.Group group : groups) {
				List<Long> rejected = new ArrayList<>(group.repetitions());
				if (group.conflicting()) {
					rejected.add(group.firstLine());
				}
				for (long line : rejected) {
					lines.add(line);
					codes.add(group.seriesCode());
					regions.add(group.regionKey());
					periods.add(group.period());
					dimensions.add(group.dimensionKey());
				}
			}
			if (!lines.isEmpty()) {
				this.jdbc
					.sql("DELETE FROM statistics_staging WHERE (line, series_code, region_key, period, dimension_key) "
							+ "IN (SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), "
							+ "CAST(? AS text[]), CAST(? AS text[])))")
					.params(lines.toArray(Long[]::new), codes.toArray(String[]::new), regions.toArray(String[]::new),
							periods.toArray(String[]::new), dimensions.toArray(String[]::new))
					.update();
			}
			reportRepetitions(sink, groups);
			return;
		}
		String content = "coalesce(value::text, '') || '|' || coalesce(symbol, '')";
		this.jdbc.sql("WITH ranked AS (SELECT ctid AS row_id, line, series_code, region_key, period, "
				+ "min(line) OVER cell AS first_line, max(line) OVER cell AS last_line, "
				+ "row_number() OVER (cell ORDER BY line) AS n, " + "min(" + content + ") OVER cell <> max(" + content
				+ ") OVER cell AS conflict "
				+ "FROM statistics_staging WINDOW cell AS (PARTITION BY series_code, region_key, period, dimension_key)) "
				+ "DELETE FROM statistics_staging s USING ranked r WHERE s.ctid = r.row_id AND (r.n > 1 OR r.conflict) "
				+ "RETURNING r.line, r.first_line, r.last_line, r.conflict, r.series_code, r.region_key, r.period")
			.query((rs, n) -> {
				String series = rs.getString("series_code");
				String region = rs.getString("region_key");
				String period = rs.getString("period");
				Reason reason = rs.getBoolean("conflict")
						? Reason.of("cell.conflictingDuplicates", series, region, period, rs.getLong("first_line"),
								rs.getLong("last_line"))
						: Reason.of("cell.duplicate", series, region, period, rs.getLong("first_line"));
				return RejectedRow.of(rs.getLong("line"), null, reason);
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(RejectedRow::line))
			.forEach(sink::rejected);
	}

	/**
	 * Streams the file through a parser thread and COPY (binary, see {@link CopyRow})
	 * into the target table.
	 */
	private Parsed copy(Connection connection, Target target, UUID importId, ImportRequest request,
			MeasuredInputStream in, RegionLookup lookup, ImportSettings settings,
			UnaryOperator<SeriesDefinition> enrich) {
		ChunkPipe pipe = new ChunkPipe(16, 64 * 1024);
		InputStream copyInput = pipe.input();
		OutputStream copyOutput = pipe.output();
		Progress progress = new Progress(importId, in);
		StatisticsFileReader reader = new StatisticsFileReader(lookup, settings);
		CompletableFuture<Parsed> parsing = CompletableFuture.supplyAsync(() -> {
			try (OutputStream out = copyOutput) {
				StagingSink sink = new StagingSink(out, enrich, progress::report, target::seriesField, target.suffix,
						target.suffixFields);
				if (target.direct) {
					sink.holdingBackRepetitions().tallying();
				}
				else {
					sink.noticingRepetitions();
				}
				ParseSummary summary = reader.read(request.fileName(), in, sink);
				sink.finish();
				// the end of the data first: the COPY ends while the rest of the file is
				// hashed and the progress written (a round trip on another connection)
				out.close();
				in.transferTo(OutputStream.nullOutputStream()); // the checksum covers all
				progress.finished(sink.rows());
				return new Parsed(summary, sink);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				try {
					copyOutput.close();
				}
				catch (IOException ex) {
					// the reader is gone; its error is reported
				}
			}
		}, this.parsers);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(target.copySql(), copyInput);
		}
		catch (SQLException | IOException ex) {
			// the parser then fails on the closed pipe: the database's error is the cause
			closeQuietly(copyInput);
			awaitQuietly(parsing);
			throw new IllegalStateException("Writing the observations failed: " + ex.getMessage(), ex);
		}
		finally {
			closeQuietly(copyInput);
		}
		return awaitOrThrow(parsing);
	}

	/**
	 * Where the COPY goes: straight into {@code statistics_observation} (every series of
	 * the file new: ids are drawn from the series sequence as the parser announces them)
	 * or into the staging table (series by code).
	 */
	private final class Target {

		final boolean direct;

		final UUID tenantId;

		/** The constant fields of every row (direct: tenant and import). */
		final byte[] suffix;

		final int suffixFields;

		/** Series code to the id drawn for it (filled by the parser thread). */
		final Map<String, Long> ids = new HashMap<>();

		Target(boolean direct, UUID tenantId, UUID importId) {
			this.direct = direct;
			this.tenantId = tenantId;
			this.suffix = direct ? new CopyRow().begin(2).uuid(tenantId).uuid(importId).fields() : new byte[0];
			this.suffixFields = direct ? 2 : 0;
		}

		String copySql() {
			return this.direct
					? "COPY statistics_observation (series_id, " + OBSERVATION_COLUMNS
							+ ", tenant_id, import_id) FROM STDIN (FORMAT binary)"
					: "COPY statistics_staging (series_code, " + OBSERVATION_COLUMNS + ") FROM STDIN (FORMAT binary)";
		}

		/**
		 * The first field of a series' rows: its code (staging) or a new id (direct).
		 * @throws ExistingSeries when the series exists already: the fast path gives way
		 */
		byte[] seriesField(String code) {
			if (!this.direct) {
				return new CopyRow().begin(1).text(code).fields();
			}
			JdbcClient own = StatisticsImporter.this.jdbc; // the parser thread's own
															// connection
			// one round trip: no id when the series exists
			Long id = own.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM statistics_series WHERE "
					+ tenantIs("tenant_id", this.tenantId)
					+ " AND code = ?) THEN NULL ELSE nextval(pg_get_serial_sequence('statistics_series', 'id')) END")
				.param(code)
				.query(Long.class)
				.list()
				.get(0);
			if (id == null) {
				throw new ExistingSeries();
			}
			this.ids.put(code, id);
			return new CopyRow().begin(1).int8(id).fields();
		}

	}

	/** A series of the file exists already: its cells must be merged. */
	private static final class ExistingSeries extends RuntimeException {

		ExistingSeries() {
			super("A series of the file exists already", null, false, false);
		}

	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// the pipe's reading end releases nothing that could fail
		}
	}

	private static Parsed awaitQuietly(CompletableFuture<Parsed> parsing) {
		try {
			return parsing.join();
		}
		catch (CompletionException ex) {
			return null;
		}
	}

	private static Parsed awaitOrThrow(CompletableFuture<Parsed> parsing) {
		try {
			return parsing.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private void finish(UUID importId, ImportReport report, MeasuredInputStream in) {
		this.jdbc.sql("UPDATE statistics_import SET status = ?, finished_at = ?, size_bytes = ?, checksum = ?, "
				+ "format = ?, rows_read = ?, stored = ?, updated = ?, rejected = ?, rows_done = ?, bytes_done = ?, "
				+ "report = CAST(? AS jsonb) WHERE id = ?")
			.params(report.status().name(), now(), in.bytes(), report.checksum(), report.format().name(),
					report.rowsRead(), report.observationsStored(), report.observationsUpdated(), report.rowsRejected(),
					report.rowsRead(), in.bytes(), JSON.writeValueAsString(report), importId)
			.update();
	}

	private void fail(UUID importId, String kind, String message, MeasuredInputStream in) {
		this.newTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("UPDATE statistics_import SET status = 'FAILED', finished_at = ?, size_bytes = ?, error_kind = ?, "
					+ "error = ? WHERE id = ?")
			.params(now(), in.bytes(), kind, message, importId)
			.update());
	}

	/**
	 * One import per tenant at a time (the series a file creates cannot collide): waits
	 * for the tenant's import lock, but not for ever. A wait holds a pooled connection,
	 * so waits without a bound behind one slow import could empty the pool for every
	 * other request; after {@link #waitForOtherImports} the import is refused (409).
	 */
	private boolean awaitImportLock(UUID tenantId, String fileName) {
		// with it, in one round trip: a large file takes longer than a request may (the
		// statement timeout lifted for this transaction, as StatementTimeout does)
		this.jdbc.sql("SELECT set_config('statement_timeout', '0', true), set_config('lock_timeout', ?, true)")
			.param(this.waitForOtherImports.toMillis() + "ms")
			.query((rs, n) -> n)
			.single();
		try {
			// in the same round trip, once the lock is held (the select list is evaluated
			// from left to right): the bound lifted again, and whether an earlier import
			// of
			// a file of that name created series that still exist
			return this.jdbc
				.sql("SELECT pg_advisory_xact_lock(hashtext(?)), set_config('lock_timeout', '0', true), "
						+ "EXISTS (SELECT 1 FROM statistics_import i JOIN statistics_series s ON "
						+ "s.created_by_import = i.id WHERE " + tenantIs("i.tenant_id", tenantId)
						+ " AND i.file_name = ? AND " + tenantIs("s.tenant_id", tenantId) + ")")
				.params(importLockName(tenantId), fileName)
				.query((rs, n) -> rs.getBoolean(3))
				.single();
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				throw new ConflictException("monitoring.error.import.otherRunning");
			}
			throw ex;
		}
	}

	/**
	 * How long an import waits for another import of its tenant to finish before it is
	 * refused (default five minutes).
	 */
	public void setWaitForOtherImports(Duration wait) {
		this.waitForOtherImports = wait;
	}

	/**
	 * The name of a tenant's import lock (a transaction-level advisory lock): one import
	 * or rollback of a tenant at a time.
	 */
	static String importLockName(UUID tenantId) {
		return "statistics-import:" + tenantId;
	}

	/** {@code column IS NULL} for shared data, else {@code column = '<uuid>'}. */
	static String tenantIs(String column, UUID tenantId) {
		return (tenantId == null) ? column + " IS NULL" : column + " = '" + tenantId + "'::uuid";
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	@Override
	public void close() {
		this.parsers.shutdownNow();
	}

	private record Parsed(ParseSummary summary, StagingSink sink) {

	}

	/**
	 * Writes the progress to the import row about once a second, on a connection of its
	 * own (the import's connection is busy with COPY).
	 */
	private final class Progress {

		private final UUID importId;

		private final MeasuredInputStream in;

		private long last = System.nanoTime();

		Progress(UUID importId, MeasuredInputStream in) {
			this.importId = importId;
			this.in = in;
		}

		void report(long rows) {
			long now = System.nanoTime();
			if (now - this.last >= 1_000_000_000L) {
				this.last = now;
				write(rows);
			}
		}

		void finished(long rows) {
			write(rows);
		}

		private void write(long rows) {
			StatisticsImporter.this.jdbc
				.sql("UPDATE statistics_import SET rows_done = ?, bytes_done = ? WHERE id = ? AND status = 'RUNNING'")
				.params(rows, this.in.bytes(), this.importId)
				.update();
		}

	}

	/** Counts and hashes (SHA-256) what passes through. */
	static final class MeasuredInputStream extends FilterInputStream {

		private final MessageDigest digest;

		private volatile long bytes;

		private String checksum;

		MeasuredInputStream(InputStream in) {
			super(in);
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.digest.update((byte) b);
				this.bytes++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.digest.update(buffer, offset, n);
				this.bytes += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			// read instead of skipping so that the checksum covers every byte
			byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
			long skipped = 0;
			while (skipped < n) {
				int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (read < 0) {
					break;
				}
				skipped += read;
			}
			return skipped;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		long bytes() {
			return this.bytes;
		}

		/** The SHA-256 of everything read; call once the stream is drained. */
		synchronized String checksum() {
			if (this.checksum == null) {
				this.checksum = HexFormat.of().formatHex(this.digest.digest());
			}
			return this.checksum;
		}

	}

}
