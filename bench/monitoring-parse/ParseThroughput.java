package de.teilhabe.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.ImportSink;
import de.teilhabe.monitoring.statistics.importing.Observation;
import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.monitoring.statistics.importing.RejectedRow;
import de.teilhabe.monitoring.statistics.importing.SeriesDefinition;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileReader;

/**
 * Parse throughput over the Integrationsmonitoring Niedersachsen folder, repeated (no
 * database: the parser alone). Run from the project root:
 * {@code bench/monitoring-parse/run.sh [folder] [rounds]}.
 *
 * Every region key is accepted (the lookup is not what is measured).
 */
public final class ParseThroughput {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of((args.length > 0) ? args[0] : "src/main/resources/reference/integrationsmonitoring-ni/data");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((p) -> p.toString().endsWith(".csv")).sorted().toList();
		}
		RegionLookup anyRegion = new RegionLookup() {
			@Override
			public boolean exists(String key) {
				return true;
			}

			@Override
			public List<String> findByName(String name) {
				return List.of("03");
			}
		};
		StatisticsFileReader reader = new StatisticsFileReader(anyRegion, ImportSettings.defaults());
		long[] observations = new long[1];
		ImportSink sink = new ImportSink() {
			@Override
			public void series(SeriesDefinition series) {
			}

			@Override
			public void observation(Observation observation) {
				observations[0]++;
			}

			@Override
			public void rejected(RejectedRow row) {
			}
		};
		for (int round = 0; round < rounds; round++) {
			long rows = 0;
			observations[0] = 0;
			long start = System.nanoTime();
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					rows += reader.read(file.getFileName().toString(), in, sink).rowsRead();
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("round %2d: %d rows, %d observations in %.3f s = %,.0f rows/s%n", round + 1, rows,
					observations[0], seconds, rows / seconds);
		}
	}

}
