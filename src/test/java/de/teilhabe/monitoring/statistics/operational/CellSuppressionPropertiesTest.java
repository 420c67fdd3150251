package de.teilhabe.monitoring.statistics.operational;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the secrecy policy on random two-way tables (with row totals, column
 * totals, both or none): no count from 1 to 4 is published, no suppressed cell can be
 * computed back from its row or column, and nothing else is suppressed where nothing
 * needs to be.
 */
class CellSuppressionPropertiesTest {

	@Property(tries = 300)
	void noCountFromOneToFourIsPublished(@ForAll("tables") CountTable table) {
		long[][] counts = table.counts();
		boolean[][] suppressed = table.suppressed();
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[r].length; c++) {
				if (counts[r][c] >= 1 && counts[r][c] <= 4) {
					assertThat(suppressed[r][c]).as("cell %d,%d = %d", r, c, counts[r][c]).isTrue();
				}
			}
		}
	}

	/**
	 * In every row and column that has a total, a suppressed cell is never the only
	 * unknown: the total minus the published cells is then a sum of at least two
	 * unknowns (or the total itself is unknown).
	 */
	@Property(tries = 300)
	void noSuppressedCellIsTheTotalMinusThePublishedCells(@ForAll("tables") CountTable table) {
		boolean[][] suppressed = table.suppressed();
		int rows = suppressed.length;
		int columns = suppressed[0].length;
		if (table.hasRowTotals()) {
			for (int r = 0; r < rows; r++) {
				int unknown = 0;
				for (int c = 0; c < columns; c++) {
					unknown += suppressed[r][c] ? 1 : 0;
				}
				assertThat(unknown).as("unknowns in row %d", r).isNotEqualTo(1);
			}
		}
		if (table.hasColumnTotals()) {
			for (int c = 0; c < columns; c++) {
				int unknown = 0;
				for (int r = 0; r < rows; r++) {
					unknown += suppressed[r][c] ? 1 : 0;
				}
				assertThat(unknown).as("unknowns in column %d", c).isNotEqualTo(1);
			}
		}
	}

	/**
	 * Where the small counts alone already leave no row or column with a single unknown
	 * (e.g. no small count at all), exactly they are suppressed: zeros and counts of 5
	 * or more stay published.
	 */
	@Property(tries = 300)
	void withoutNeedForComplementsOnlySmallCountsAreSuppressed(@ForAll("tables") CountTable table) {
		long[][] counts = table.counts();
		boolean[][] primary = new boolean[counts.length][counts[0].length];
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[r].length; c++) {
				primary[r][c] = CellSuppression.isSmall(counts[r][c]);
			}
		}
		if (needsComplement(table, primary)) {
			return;
		}
		assertThat(table.suppressed()).isDeepEqualTo(primary);
	}

	/** Tables without small counts: nothing suppressed at all. */
	@Property(tries = 100)
	void tablesWithoutSmallCountsArePublishedWhole(@ForAll("largeTables") CountTable table) {
		for (boolean[] row : table.suppressed()) {
			for (boolean cell : row) {
				assertThat(cell).isFalse();
			}
		}
	}

	private static boolean needsComplement(CountTable table, boolean[][] suppressed) {
		int rows = suppressed.length;
		int columns = suppressed[0].length;
		for (int r = 0; table.hasRowTotals() && r < rows; r++) {
			int n = 0;
			for (int c = 0; c < columns; c++) {
				n += suppressed[r][c] ? 1 : 0;
			}
			if (n == 1) {
				return true;
			}
		}
		for (int c = 0; table.hasColumnTotals() && c < columns; c++) {
			int n = 0;
			for (int r = 0; r < rows; r++) {
				n += suppressed[r][c] ? 1 : 0;
			}
			if (n == 1) {
				return true;
			}
		}
		return false;
	}

	@Provide
	Arbitrary<CountTable> tables() {
		// counts around the threshold, with zeros: small counts are frequent
		Arbitrary<Long> count = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
				net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 4)),
				net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(5, 60)));
		return table(count);
	}

	@Provide
	Arbitrary<CountTable> largeTables() {
		return table(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 0)),
				net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 1000))));
	}

	private static Arbitrary<CountTable> table(Arbitrary<Long> count) {
		return Arbitraries.integers().between(1, 7).flatMap((rows) -> Arbitraries.integers().between(1, 7).flatMap(
				(columns) -> Combinators.combine(count.array(long[].class).ofSize(columns).array(long[][].class)
					.ofSize(rows), Arbitraries.of(true, false), Arbitraries.of(true, false))
					.as(CountTable::of)));
	}

}
