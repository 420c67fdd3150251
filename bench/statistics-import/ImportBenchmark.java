package de.teilhabe.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.monitoring.statistics.imports.ImportReport;
import de.teilhabe.monitoring.statistics.imports.ImportRequest;
import de.teilhabe.monitoring.statistics.imports.StatisticsImporter;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Import benchmark of issue 3 (prints its figures; not a timed test). Starts its own
 * embedded PostgreSQL 17, migrates it, and runs the platform's {@link StatisticsImporter}
 * (streaming parse → COPY into a staging table → one INSERT … ON CONFLICT per file).
 *
 * <pre>
 * ni [folder] [rounds]   the whole Integrationsmonitoring Niedersachsen folder, per round into
 *                        empty tables, against a plain COPY of the same observations into a
 *                        same-shaped table (same unique key and check) in the same run
 * ffcsv [megabytes]      a generated GENESIS flat file of that size, imported with the
 *                        default heap: time, rows/s, heap max and sampled peak
 * </pre>
 *
 * Run from the project root with {@code bench/statistics-import/run.sh ni} or
 * {@code bench/statistics-import/run.sh ffcsv 1024}.
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "ni";
		Path dataDir = Files.createTempDirectory("teilhabe-import-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setServerConfig("max_wal_size", "4GB")
			.start()) {
			// pooled like the platform's data source (Hikari): the import uses a second connection
			// for progress and series ids while its own streams the COPY
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setDataSource(postgres.getPostgresDatabase());
			dataSource.setMaximumPoolSize(4);
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			try (StatisticsImporter importer = new StatisticsImporter(dataSource,
					new DataSourceTransactionManager(dataSource), Clock.systemUTC())) {
				if (mode.equals("ffcsv")) {
					flatFile(importer, dataSource, (args.length > 1) ? Long.parseLong(args[1]) : 100);
				}
				else {
					niFolder(importer, dataSource,
							Path.of((args.length > 1) ? args[1] : "src/main/resources/reference/integrationsmonitoring-ni/data"),
							(args.length > 2) ? Integer.parseInt(args[2]) : 5);
				}
			}
			finally {
				dataSource.close();
			}
		}
		finally {
			if (Files.exists(dataDir)) {
				try (Stream<Path> files = Files.walk(dataDir)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
				}
			}
		}
	}

	/** Every region key is accepted: the lookup (cached per import) is not what is measured. */
	private static final RegionLookup ANY_REGION = new RegionLookup() {

		@Override
		public boolean exists(String key) {
			return true;
		}

		@Override
		public List<String> findByName(String name) {
			return List.of("03");
		}

	};

	private static void niFolder(StatisticsImporter importer, DataSource dataSource, Path folder, int rounds)
			throws Exception {
		List<Path> paths;
		try (Stream<Path> list = Files.list(folder)) {
			paths = list.filter((p) -> p.toString().endsWith(".csv")).sorted().toList();
		}
		List<byte[]> files = new ArrayList<>();
		for (Path path : paths) {
			files.add(Files.readAllBytes(path));
		}
		System.out.printf("Integrationsmonitoring Niedersachsen: %d files, %d rounds, %d cores, heap max %d MB%n",
				files.size(), rounds, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		for (int round = 1; round <= rounds; round++) {
			execute(dataSource, "TRUNCATE statistics_observation, statistics_observation_previous, statistics_import_overwritten, "
					+ "statistics_series_coverage, statistics_series_dimension, "
					+ "statistics_import_series, statistics_series, statistics_import");
			long rows = 0;
			long stored = 0;
			long started = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				byte[] content = files.get(i);
				ImportReport report = importOne(importer, paths.get(i).getFileName().toString(),
						() -> new ByteArrayInputStream(content));
				rows += report.rowsRead();
				stored += report.observationsStored();
			}
			double importSeconds = (System.nanoTime() - started) / 1e9;

			// the same observations, exported and loaded with a plain COPY into a same-shaped table
			byte[] copyData = copyOut(dataSource);
			execute(dataSource, "DROP TABLE IF EXISTS bench_copy");
			execute(dataSource, "CREATE TABLE bench_copy (LIKE statistics_observation INCLUDING ALL)");
			long copyStarted = System.nanoTime();
			try (Connection connection = dataSource.getConnection()) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_copy FROM STDIN", new ByteArrayInputStream(copyData));
			}
			double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
			// for information: the same COPY into a bare table (same columns, no key, no check)
			execute(dataSource, "DROP TABLE IF EXISTS bench_copy_bare");
			execute(dataSource, "CREATE TABLE bench_copy_bare (LIKE statistics_observation)");
			long bareStarted = System.nanoTime();
			try (Connection connection = dataSource.getConnection()) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_copy_bare FROM STDIN", new ByteArrayInputStream(copyData));
			}
			double bareSeconds = (System.nanoTime() - bareStarted) / 1e9;

			// re-import: every cell exists, is saved for rollback and updated
			long reStarted = System.nanoTime();
			long updated = 0;
			for (int i = 0; i < files.size(); i++) {
				byte[] content = files.get(i);
				updated += importOne(importer, paths.get(i).getFileName().toString(),
						() -> new ByteArrayInputStream(content))
					.observationsUpdated();
			}
			double reSeconds = (System.nanoTime() - reStarted) / 1e9;
			System.out.printf(
					"round %d: import %,d rows (%,d stored) in %.2f s = %,.0f rows/s | plain COPY of the %,d "
							+ "observations %.2f s = %,.0f rows/s | import/COPY %.0f %% | re-import (%,d updated) %.2f s "
							+ "= %.2f× the import | (COPY into a bare table %.2f s)%n",
					round, rows, stored, importSeconds, rows / importSeconds, stored, copySeconds,
					stored / copySeconds, 100 * copySeconds / importSeconds, updated, reSeconds,
					reSeconds / importSeconds, bareSeconds);
		}
	}

	private static void flatFile(StatisticsImporter importer, DataSource dataSource, long megabytes)
			throws Exception {
		Path file = Files.createTempFile("teilhabe-bench-", ".ffcsv.csv");
		try {
			long rows = GeneratedFlatFile.write(file, megabytes * 1024 * 1024);
			System.out.printf("generated GENESIS flat file: %,d MB, %,d rows; heap max %d MB%n",
					Files.size(file) >> 20, rows, Runtime.getRuntime().maxMemory() >> 20);
			AtomicLong peak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long started = System.nanoTime();
			ImportReport report = importOne(importer, "generated_ffcsv.csv", () -> Files.newInputStream(file));
			double seconds = (System.nanoTime() - started) / 1e9;
			sampler.interrupt();
			System.out.printf("imported %,d rows (%,d stored, %,d rejected) in %.1f s = %,.0f rows/s; "
					+ "heap used at most %d MB (sampled every 100 ms) of %d MB max%n", report.rowsRead(),
					report.observationsStored(), report.rowsRejected(), seconds, report.rowsRead() / seconds,
					peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static ImportReport importOne(StatisticsImporter importer, String name,
			StatisticsImporter.Content in) {
		ImportRequest request = new ImportRequest(null, null, "bench", name, false, false, false);
		UUID id = importer.begin(request);
		return importer.run(id, request, in, ANY_REGION, ImportSettings.defaults(), (series) -> series);
	}

	private static byte[] copyOut(DataSource dataSource) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY statistics_observation TO STDOUT", out);
		}
		return out.toByteArray();
	}

	private static void execute(DataSource dataSource, String sql) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute(sql);
		}
	}

	/** Writes a GENESIS flat file with distinct cells (region × year × attribute). */
	static final class GeneratedFlatFile {

		private static final String HEADER = "statistics_code;statistics_label;time_code;time_label;time;"
				+ "1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
				+ "2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;"
				+ "value;value_unit;value_variable_code;value_variable_label;value_q\n";

		private static final String[] KREISE = { "03459", "03404", "03403", "03457", "03101", "03241" };

		static long write(Path file, long bytes) throws Exception {
			long rows = 0;
			long written = HEADER.length();
			try (Writer out = new BufferedWriter(
					new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
				out.write(HEADER);
				StringBuilder line = new StringBuilder(256);
				while (written < bytes) {
					long n = rows;
					line.setLength(0);
					line.append("12411-02-03-4;Bevölkerung nach Geschlecht und Nationalität;JAHR;Jahr;")
						.append(2000 + (n / KREISE.length) % 20)
						.append(";GEOLK4;Kreise und kreisfreie Städte;")
						.append(KREISE[(int) (n % KREISE.length)])
						.append(";Kreis;NATGR;Nationalität;NAT")
						.append(n / (KREISE.length * 20))
						.append(";Gruppe ")
						.append(n / (KREISE.length * 20))
						.append(';');
					switch ((int) (n % 50)) {
						case 7 -> line.append('.');
						case 13 -> line.append('-');
						case 21 -> line.append("1,5E+03");
						default -> line.append(n % 100_000).append(',').append(n % 10);
					}
					line.append(";Anzahl;BEVSTD;Bevölkerungsstand;").append((n % 3 == 0) ? "p" : "").append('\n');
					out.append(line);
					written += line.length() + 2; // about: umlauts take two bytes
					rows++;
				}
			}
			return rows;
		}

	}

}
