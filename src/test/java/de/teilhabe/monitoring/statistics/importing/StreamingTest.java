package de.teilhabe.monitoring.statistics.importing;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated flat file of 2 million rows (about 330 MB) streams through the parser
 * without ever being in memory as a whole.
 */
class StreamingTest {

	private static final int ROWS = 2_000_000;

	/**
	 * How much more heap may stay in use (after a collection) while the file streams: a
	 * fraction of the file, so that holding its rows fails the test.
	 */
	private static final long MAX_RETAINED_GROWTH = 64L << 20;

	@Test
	void parsesAHugeFlatFileWithFlatHeap() {
		long[] count = new long[1];
		long baseline = retainedHeap();
		long[] peakRetained = { baseline };
		ImportSink sink = new ImportSink() {

			@Override
			public void series(SeriesDefinition series) {
			}

			@Override
			public void observation(Observation observation) {
				if (++count[0] % 200_000 == 0) {
					peakRetained[0] = Math.max(peakRetained[0], retainedHeap());
				}
			}

			@Override
			public void rejected(RejectedRow row) {
				throw new AssertionError(row);
			}

		};
		ParseSummary summary = CollectingSink.reader().read("huge.csv", new GeneratedFlatFile(ROWS), sink);
		assertThat(summary.format()).isEqualTo(StatisticsFormat.GENESIS_FLAT);
		assertThat(summary.rowsRead()).isEqualTo(ROWS);
		assertThat(count[0]).isEqualTo(ROWS);
		long growth = peakRetained[0] - baseline;
		assertThat(growth)
			.as("heap retained while streaming grew by %d MB (at most %d MB allowed)", growth >> 20,
					MAX_RETAINED_GROWTH >> 20)
			.isLessThan(MAX_RETAINED_GROWTH);
	}

	/**
	 * The heap in use after a full collection: what is still referenced, not garbage that
	 * merely has not been collected yet.
	 */
	private static long retainedHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * Produces a GENESIS flat file line by line on demand.
	 */
	static final class GeneratedFlatFile extends InputStream {

		private static final String HEADER = "statistics_code;statistics_label;time_code;time_label;time;"
				+ "1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
				+ "2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;"
				+ "value;value_unit;value_variable_code;value_variable_label;value_q\n";

		private static final String[] KREISE = { "03459", "03404", "03403", "03457", "03101", "03241" };

		private final int rows;

		private int row = -1;

		private byte[] line = new byte[0];

		private int position;

		GeneratedFlatFile(int rows) {
			this.rows = rows;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return this.line[this.position++] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(length, this.line.length - this.position);
			System.arraycopy(this.line, this.position, buffer, offset, n);
			this.position += n;
			return n;
		}

		private boolean fill() {
			while (this.position >= this.line.length) {
				if (this.row >= this.rows) {
					return false;
				}
				this.line = (this.row < 0) ? HEADER.getBytes(StandardCharsets.UTF_8) : line(this.row);
				this.position = 0;
				this.row++;
			}
			return true;
		}

		private static byte[] line(int n) {
			String kreis = KREISE[n % KREISE.length];
			int year = 1990 + (n / KREISE.length) % 35;
			String sex = (n % 2 == 0) ? "GESM;männlich" : "GESW;weiblich";
			return ("12411-02-03-4;Bevölkerung nach Geschlecht;JAHR;Jahr;" + year + ";GEOLK4;Kreise;" + kreis
					+ ";Kreis " + kreis + ";GES;Geschlecht;" + sex + ";" + (n % 100_000) + "," + (n % 10)
					+ ";Anzahl;BEVSTD;Bevölkerungsstand;e\n")
				.getBytes(StandardCharsets.UTF_8);
		}

	}

}
