package de.teilhabe.monitoring.statistics.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole real Integrationsmonitoring Niedersachsen folder: every row becomes an
 * observation or a rejection with a reason; prints per file the counts.
 */
class NiedersachsenFolderTest {

	@Test
	void everyRowIsAnObservationOrARejectionWithAReason() throws IOException {
		Path folder = ReferenceData.path().resolve("integrationsmonitoring-ni/data");
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((p) -> p.toString().endsWith(".csv")).sorted().toList();
		}
		assertThat(files).hasSize(20);
		Map<String, Long> rejectionReasons = new TreeMap<>();
		long totalRows = 0;
		long totalObservations = 0;
		for (Path file : files) {
			CountingOnly sink = new CountingOnly();
			ParseSummary summary;
			try (InputStream in = Files.newInputStream(file)) {
				summary = CollectingSink.reader().read(file.getFileName().toString(), in, sink);
			}
			long dataLines;
			try (Stream<String> lines = Files.lines(file)) {
				dataLines = lines.count() - 1;
			}
			assertThat(summary.format()).isEqualTo(StatisticsFormat.OPEN_SDG);
			assertThat(summary.rowsRead()).as(file.toString()).isEqualTo(dataLines);
			assertThat(summary.observations() + summary.rejected()).as(file.toString()).isEqualTo(summary.rowsRead());
			assertThat(sink.rejected).allSatisfy((row) -> assertThat(row.reason()).isNotBlank());
			String reasons = sink.rejected.stream()
				.collect(Collectors.groupingBy(RejectedRow::reason, TreeMap::new, Collectors.counting()))
				.toString();
			System.out.printf("%-22s rows %6d  observations %6d  rejected %3d %s %s%n", file.getFileName(),
					summary.rowsRead(), summary.observations(), summary.rejected(),
					sink.rejected.isEmpty() ? "" : reasons, summary.notes());
			sink.rejected.forEach((row) -> rejectionReasons.merge(row.reason(), 1L, Long::sum));
			totalRows += summary.rowsRead();
			totalObservations += summary.observations();
		}
		System.out.printf("total rows %d, observations %d, rejected %s%n", totalRows, totalObservations,
				rejectionReasons);
		// the only rows that cannot be placed: Landkreis Osterode (merged into Göttingen
		// in 2016)
		assertThat(rejectionReasons).containsOnlyKeys(
				"Region code “#NV” is a spreadsheet error and the region name “Osterode” is not a known region name.");
	}

	/** Counts, and keeps only rejections (few), so the whole folder stays cheap. */
	private static final class CountingOnly implements ImportSink {

		final List<RejectedRow> rejected = new java.util.ArrayList<>();

		@Override
		public void series(SeriesDefinition series) {
		}

		@Override
		public void observation(Observation observation) {
			assertThat(observation.value() != null || observation.symbol() != null).isTrue();
		}

		@Override
		public void rejected(RejectedRow row) {
			this.rejected.add(Reasons.english(row));
		}

	}

}
