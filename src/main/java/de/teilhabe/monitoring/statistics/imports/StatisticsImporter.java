package de.teilhabe.monitoring.statistics.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.ParseSummary;
import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.monitoring.statistics.importing.RejectedRow;
import de.teilhabe.monitoring.statistics.importing.SeriesDefinition;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileException;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileReader;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one statistics file into PostgreSQL in one transaction, streaming: a parser
 * thread reads the file and writes COPY lines into a bounded pipe; this thread streams
 * them with {@code COPY} into a temporary staging table; then one
 * {@code INSERT … SELECT … ON CONFLICT DO UPDATE} merges the staging table into
 * {@code statistics_observation}, counting new and overwritten cells, after saving what
 * it overwrites (for rollback). Heap use does not grow with the file.
 * <p>
 * A file-level error ({@link StatisticsFileException}) stores nothing. A dry run and a
 * strict refusal do the whole work and roll it back, so their reports say exactly what an
 * import would do. The import row is written before (status {@code RUNNING}, progress
 * updated about once a second from the parser thread) and completed in the import's
 * transaction.
 * <p>
 * Plain Java (no Spring bean of its own), so the benchmark can run it on its own data
 * source.
 */
public class StatisticsImporter implements AutoCloseable {

	private static final String STAGING_COLUMNS = "series_code, region_key, period, period_kind, dimension_key, "
			+ "value, symbol, quality, note, line";

	/**
	 * The SQLSTATE of "ON CONFLICT DO UPDATE command cannot affect row a second time".
	 */
	private static final String CARDINALITY_VIOLATION = "21000";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final ExecutorService parsers;

	public StatisticsImporter(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
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
	 * its progress can be watched.
	 * @return the import's id
	 */
	public UUID begin(ImportRequest request) {
		UUID id = UUID.randomUUID();
		this.newTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("INSERT INTO statistics_import (id, tenant_id, user_id, username, started_at, file_name, dry_run, "
					+ "strict, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING')")
			.params(id, request.tenantId(), request.userId(), request.username(), now(), request.fileName(),
					request.dryRun(), request.strict())
			.update());
		return id;
	}

	/**
	 * Runs an import begun with {@link #begin(ImportRequest)}.
	 * @param importId the import
	 * @param request what and how
	 * @param content the file; not closed
	 * @param lookup the region keys the file may use
	 * @param settings parser settings
	 * @param enrich gives series their catalogue title and source where known
	 * @return the report (status {@code COMPLETED}, {@code DRY_RUN} or {@code REFUSED})
	 * @throws StatisticsFileException when the file as a whole cannot be read (the import
	 * is then recorded as {@code FAILED})
	 */
	public ImportReport run(UUID importId, ImportRequest request, InputStream content, RegionLookup lookup,
			ImportSettings settings, UnaryOperator<SeriesDefinition> enrich) {
		MeasuredInputStream in = new MeasuredInputStream(content);
		try {
			ImportReport report = this.newTransaction.execute((status) -> {
				ImportReport staged = stageAndMerge(importId, request, in, lookup, settings, enrich, status);
				if (staged.status() == ImportStatus.COMPLETED) {
					finish(importId, staged, in);
				}
				else {
					status.setRollbackOnly();
				}
				return staged;
			});
			if (report.status() != ImportStatus.COMPLETED) {
				this.newTransaction.executeWithoutResult((status) -> finish(importId, report, in));
			}
			return report;
		}
		catch (StatisticsFileException ex) {
			fail(importId, ex.kind().name(), ex.getMessage(), in);
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			fail(importId, "ERROR", "The import failed: " + ex.getMessage(), in);
			throw ex;
		}
	}

	private ImportReport stageAndMerge(UUID importId, ImportRequest request, MeasuredInputStream in,
			RegionLookup lookup, ImportSettings settings, UnaryOperator<SeriesDefinition> enrich,
			TransactionStatus status) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		JdbcClient tx = this.jdbc;
		tx.sql("CREATE TEMPORARY TABLE statistics_staging (series_code TEXT NOT NULL, region_key TEXT NOT NULL, "
				+ "period TEXT NOT NULL, period_kind TEXT NOT NULL, dimension_key TEXT NOT NULL, value NUMERIC, "
				+ "symbol TEXT, quality CHAR(1), note TEXT, line BIGINT NOT NULL) ON COMMIT DROP")
			.update();
		Parsed parsed = copyIntoStaging(connection, importId, request, in, lookup, settings, enrich);
		StagingSink sink = parsed.sink();

		// the series that have observations: created or updated (label, unit, source)
		Map<String, Long> seriesIds = new HashMap<>();
		List<Long> existing = new ArrayList<>();
		for (SeriesDefinition series : sink.series().values()) {
			if (sink.count(series.code()) == 0) {
				continue;
			}
			Map<String, Object> row = tx
				.sql("INSERT INTO statistics_series (tenant_id, code, label, unit, source, "
						+ "attribution, format, dimension_names, created_by_import, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) "
						+ "ON CONFLICT ON CONSTRAINT statistics_series_code_key DO UPDATE SET label = EXCLUDED.label, "
						+ "unit = EXCLUDED.unit, source = EXCLUDED.source, attribution = EXCLUDED.attribution, "
						+ "format = EXCLUDED.format, dimension_names = EXCLUDED.dimension_names, "
						+ "updated_at = EXCLUDED.updated_at RETURNING id, (xmax = 0) AS created")
				.params(request.tenantId(), series.code(), series.label(), series.unit(), series.source(),
						series.attribution(), parsed.summary().format().name(), json(series.dimensionNames()), importId,
						now())
				.query()
				.singleRow();
			long id = ((Number) row.get("id")).longValue();
			seriesIds.put(series.code(), id);
			if (!((Boolean) row.get("created"))) {
				existing.add(id);
			}
		}

		Map<Long, long[]> written;
		if (seriesIds.isEmpty()) {
			written = Map.of();
		}
		else {
			Object savepoint = status.createSavepoint();
			try {
				written = merge(importId, request, existing);
				status.releaseSavepoint(savepoint);
			}
			catch (DataAccessException ex) {
				if (!CARDINALITY_VIOLATION.equals(sqlState(ex))) {
					throw ex;
				}
				// the file holds the same cell twice: keep the first, reject the others
				status.rollbackToSavepoint(savepoint);
				status.releaseSavepoint(savepoint);
				rejectDuplicates(sink);
				written = merge(importId, request, existing);
			}
		}

		long stored = 0;
		long updated = 0;
		List<ImportReport.SeriesCount> counts = new ArrayList<>();
		for (SeriesDefinition series : sink.series().values()) {
			Long id = seriesIds.get(series.code());
			long[] n = (id == null) ? null : written.get(id);
			long seriesStored = (n == null) ? 0 : n[0];
			long seriesUpdated = (n == null) ? 0 : n[1];
			stored += seriesStored;
			updated += seriesUpdated;
			counts.add(new ImportReport.SeriesCount(series.code(), series.label(), seriesStored + seriesUpdated));
			if (id != null) {
				tx.sql("INSERT INTO statistics_import_series (tenant_id, import_id, series_id, observations, stored, "
						+ "updated) VALUES (?, ?, ?, ?, ?, ?)")
					.params(request.tenantId(), importId, id, seriesStored + seriesUpdated, seriesStored, seriesUpdated)
					.update();
			}
		}
		boolean refused = request.strict() && sink.rejectedCount() > 0;
		ImportStatus outcome = request.dryRun() ? ImportStatus.DRY_RUN
				: refused ? ImportStatus.REFUSED : ImportStatus.COMPLETED;
		return new ImportReport(importId, outcome, request.fileName(), in.checksum(), parsed.summary().format(),
				parsed.summary().rowsRead(), stored, updated, sink.rejectedCount(), counts, sink.rejected(),
				sink.rejectedCount() > sink.rejected().size(), parsed.summary().notes());
	}

	/**
	 * Saves what the import overwrites, then merges the staging table.
	 * @return per series id: {stored, updated}
	 */
	private Map<Long, long[]> merge(UUID importId, ImportRequest request, List<Long> existingSeries) {
		String seriesJoin = "JOIN statistics_series se ON se.code = s.series_code AND "
				+ tenantIs("se.tenant_id", request.tenantId());
		if (!existingSeries.isEmpty()) {
			this.jdbc.sql("ANALYZE statistics_staging").update();
			this.jdbc.sql("INSERT INTO statistics_observation_previous (tenant_id, import_id, series_id, region_key, "
					+ "period, dimension_key, value, symbol, quality, note, line, previous_import_id) "
					+ "SELECT o.tenant_id, ?, o.series_id, o.region_key, o.period, o.dimension_key, o.value, o.symbol, "
					+ "o.quality, o.note, o.line, o.import_id FROM statistics_staging s " + seriesJoin
					+ " JOIN statistics_observation o ON " + tenantIs("o.tenant_id", request.tenantId())
					+ " AND o.series_id = se.id AND o.region_key = s.region_key AND o.period = s.period "
					+ "AND o.dimension_key = s.dimension_key WHERE se.id IN ("
					+ existingSeries.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
				.param(importId)
				.update();
		}
		Map<Long, long[]> written = new HashMap<>();
		this.jdbc
			.sql("WITH written AS (INSERT INTO statistics_observation (tenant_id, series_id, region_key, period, "
					+ "period_kind, dimension_key, dimensions, value, symbol, quality, note, import_id, line) "
					+ "SELECT CAST(? AS uuid), se.id, s.region_key, s.period, s.period_kind, s.dimension_key, "
					+ "CAST(s.dimension_key AS jsonb), s.value, s.symbol, s.quality, s.note, ?, s.line "
					+ "FROM statistics_staging s " + seriesJoin
					+ " ON CONFLICT ON CONSTRAINT statistics_observation_cell_key DO UPDATE SET "
					+ "period_kind = EXCLUDED.period_kind, dimensions = EXCLUDED.dimensions, value = EXCLUDED.value, "
					+ "symbol = EXCLUDED.symbol, quality = EXCLUDED.quality, note = EXCLUDED.note, "
					+ "import_id = EXCLUDED.import_id, line = EXCLUDED.line "
					+ "RETURNING series_id, (xmax = 0) AS created) "
					+ "SELECT series_id, count(*) FILTER (WHERE created) AS stored, "
					+ "count(*) FILTER (WHERE NOT created) AS updated FROM written GROUP BY series_id")
			.params(request.tenantId(), importId)
			.query((rs, n) -> written.put(rs.getLong("series_id"),
					new long[] { rs.getLong("stored"), rs.getLong("updated") }))
			.list();
		return written;
	}

	/**
	 * Removes cells the file holds more than once from the staging table, as rejected
	 * rows: a repetition with the same content is dropped (the first is kept); when the
	 * repetitions disagree, none of them is stored (which one is right cannot be told).
	 */
	private void rejectDuplicates(StagingSink sink) {
		String content = "coalesce(value::text, '') || '|' || coalesce(symbol, '')";
		this.jdbc.sql("WITH ranked AS (SELECT ctid AS row_id, line, series_code, region_key, period, "
				+ "min(line) OVER cell AS first_line, max(line) OVER cell AS last_line, "
				+ "row_number() OVER (cell ORDER BY line) AS n, " + "min(" + content + ") OVER cell <> max(" + content
				+ ") OVER cell AS conflict "
				+ "FROM statistics_staging WINDOW cell AS (PARTITION BY series_code, region_key, period, dimension_key)) "
				+ "DELETE FROM statistics_staging s USING ranked r WHERE s.ctid = r.row_id AND (r.n > 1 OR r.conflict) "
				+ "RETURNING r.line, r.first_line, r.last_line, r.conflict, r.series_code, r.region_key, r.period")
			.query((rs, n) -> {
				String cell = "series " + rs.getString("series_code") + ", region " + rs.getString("region_key")
						+ ", period " + rs.getString("period");
				String reason = rs.getBoolean("conflict")
						? "Lines " + rs.getLong("first_line") + " to " + rs.getLong("last_line")
								+ " give different values for the same cell (" + cell
								+ ", same dimensions); none of them is stored."
						: "The same cell (" + cell + ", same dimensions) as line " + rs.getLong("first_line")
								+ " with the same value; stored once.";
				return new RejectedRow(rs.getLong("line"), null, reason);
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(RejectedRow::line))
			.forEach(sink::rejected);
	}

	private Parsed copyIntoStaging(Connection connection, UUID importId, ImportRequest request, MeasuredInputStream in,
			RegionLookup lookup, ImportSettings settings, UnaryOperator<SeriesDefinition> enrich) {
		ChunkPipe pipe = new ChunkPipe(16, 64 * 1024);
		InputStream copyInput = pipe.input();
		OutputStream copyOutput = pipe.output();
		Progress progress = new Progress(importId, in);
		StatisticsFileReader reader = new StatisticsFileReader(lookup, settings);
		CompletableFuture<Parsed> parsing = CompletableFuture.supplyAsync(() -> {
			try (Writer writer = new OutputStreamWriter(copyOutput, StandardCharsets.UTF_8)) {
				StagingSink sink = new StagingSink(writer, enrich, progress::report);
				ParseSummary summary = reader.read(request.fileName(), in, sink);
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
			copy.copyIn("COPY statistics_staging (" + STAGING_COLUMNS + ") FROM STDIN", copyInput);
		}
		catch (SQLException | IOException ex) {
			closeQuietly(copyInput);
			Parsed parsed = awaitQuietly(parsing);
			if (parsed == null) {
				awaitOrThrow(parsing); // the parser's own error explains more
			}
			throw new IllegalStateException("Writing the observations failed: " + ex.getMessage(), ex);
		}
		finally {
			closeQuietly(copyInput);
		}
		return awaitOrThrow(parsing);
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
