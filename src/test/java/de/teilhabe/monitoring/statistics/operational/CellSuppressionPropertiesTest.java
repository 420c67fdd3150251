package de.teilhabe.monitoring.statistics.operational;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.Publication;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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
	 * unknown: the total minus the published cells is a sum of at least two unknowns (or
	 * the total itself is unknown), never a suppressed cell.
	 */
	@Property(tries = 300)
	void noSuppressedCellIsTheTotalMinusThePublishedCells(@ForAll("tables") CountTable table) {
		assertThat(unknownsPerLine(table, table.suppressed())).doesNotContain(1);
	}

	/**
	 * Not even the rows and columns together determine a suppressed cell (e.g. the sum of
	 * two rows minus the sum of two columns).
	 */
	@Property(tries = 300)
	void noSuppressedCellIsDeterminedByTheRowsAndColumnsTogether(@ForAll("tables") CountTable table) {
		boolean[] suppressed = CellSuppression.suppress(table.flatCounts(), table.lines());
		assertThat(CellSuppression.determinedCell(suppressed, table.lines())).isEqualTo(-1);
	}

	/**
	 * Two blocks of small counts joined by a small count: every row and column holds two
	 * or more unknowns, but rows 1 and 2 minus columns 1 and 2 give the joining cell; one
	 * more cell is suppressed.
	 */
	@Example
	void aCellJoiningTwoBlocksOfSecretCellsIsProtected() {
		CountTable table = CountTable
			.of(new long[][] { { 1, 2, 50, 50 }, { 3, 4, 1, 50 }, { 50, 50, 2, 3 }, { 50, 50, 4, 1 } }, true, true);
		boolean[] primary = new boolean[25];
		long[] counts = table.flatCounts();
		for (int i = 0; i < counts.length; i++) {
			primary[i] = CellSuppression.isSmall(counts[i]);
		}
		assertThat(CellSuppression.determinedCell(primary, table.lines())).isEqualTo(1 * 5 + 2);
		boolean[] suppressed = CellSuppression.suppress(counts, table.lines());
		assertThat(CellSuppression.determinedCell(suppressed, table.lines())).isEqualTo(-1);
		int more = 0;
		for (int i = 0; i < counts.length; i++) {
			more += (suppressed[i] && !primary[i]) ? 1 : 0;
		}
		assertThat(more).isPositive();
	}

	/**
	 * Where the small counts alone already leave no row or column with a single unknown
	 * and no cell that the rows and columns together determine (e.g. no small count at
	 * all), exactly they are suppressed: zeros and counts of 5 or more stay published.
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
		if (needsComplement(table, primary) || CellSuppression.determinedCell(flat(primary), table.lines()) >= 0) {
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

	/**
	 * A publication as the counselling module would make it: Gemeinden and their Kreis,
	 * per topic and in total over the topics; every line of it (per region over the
	 * topics, per topic over the regions) keeps no single unknown, and no count from 1 to
	 * 4 is published.
	 */
	@Property(tries = 200)
	void aPublicationOfRegionsAndTopicsWithTotalsIsProtectedInEveryLine(@ForAll("regionTopicCounts") long[][] inner) {
		List<Publication.Cell> cells = new ArrayList<>();
		Map<String, String> parents = new HashMap<>();
		long[] kreis = new long[inner[0].length + 1];
		for (int g = 0; g < inner.length; g++) {
			parents.put("g" + g, "kreis");
			long total = 0;
			for (int t = 0; t < inner[g].length; t++) {
				cells.add(new Publication.Cell("g" + g, Map.of("topic", "t" + t), inner[g][t]));
				total += inner[g][t];
				kreis[t] += inner[g][t];
			}
			cells.add(new Publication.Cell("g" + g, Map.of("topic", Publication.TOTAL), total));
			kreis[inner[0].length] += total;
		}
		for (int t = 0; t < kreis.length; t++) {
			String topic = (t < inner[0].length) ? "t" + t : Publication.TOTAL;
			cells.add(new Publication.Cell("kreis", Map.of("topic", topic), kreis[t]));
		}
		List<CellSuppression.Line> lines = OperationalPublisher.lines(cells, List.of("topic"), parents);
		// per region one line over the topics, per topic (and total) one over the
		// Gemeinden
		assertThat(lines).hasSize(inner.length + 1 + kreis.length);
		long[] counts = cells.stream().mapToLong(Publication.Cell::count).toArray();
		boolean[] suppressed = CellSuppression.suppress(counts, lines);
		for (CellSuppression.Line line : lines) {
			assertThat(line.suppressedIn(suppressed)).as(line.toString()).isNotEqualTo(1);
		}
		for (int i = 0; i < counts.length; i++) {
			if (CellSuppression.isSmall(counts[i])) {
				assertThat(suppressed[i]).as(cells.get(i).toString()).isTrue();
			}
		}
	}

	@Provide
	Arbitrary<long[][]> regionTopicCounts() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().between(0, 0)),
				Tuple.of(3, Arbitraries.longs().between(1, 4)), Tuple.of(5, Arbitraries.longs().between(5, 40)));
		return Arbitraries.integers()
			.between(1, 6)
			.flatMap((topics) -> count.array(long[].class)
				.ofSize(topics)
				.array(long[][].class)
				.ofMinSize(1)
				.ofMaxSize(8));
	}

	private static boolean[] flat(boolean[][] cells) {
		boolean[] flat = new boolean[cells.length * cells[0].length];
		for (int r = 0; r < cells.length; r++) {
			System.arraycopy(cells[r], 0, flat, r * cells[r].length, cells[r].length);
		}
		return flat;
	}

	private static boolean needsComplement(CountTable table, boolean[][] suppressed) {
		return unknownsPerLine(table, suppressed).contains(1);
	}

	/**
	 * The number of suppressed cells (total included) of every row and column that has a
	 * total.
	 */
	private static List<Integer> unknownsPerLine(CountTable table, boolean[][] suppressed) {
		int rows = suppressed.length;
		int columns = suppressed[0].length;
		List<Integer> unknowns = new ArrayList<>();
		for (int r = 0; table.hasRowTotals() && r < rows; r++) {
			int n = 0;
			for (int c = 0; c < columns; c++) {
				n += suppressed[r][c] ? 1 : 0;
			}
			unknowns.add(n);
		}
		for (int c = 0; table.hasColumnTotals() && c < columns; c++) {
			int n = 0;
			for (int r = 0; r < rows; r++) {
				n += suppressed[r][c] ? 1 : 0;
			}
			unknowns.add(n);
		}
		return unknowns;
	}

	@Provide
	Arbitrary<CountTable> tables() {
		// counts around the threshold, with zeros: small counts are frequent
		Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 0)),
				Tuple.of(4, Arbitraries.longs().between(1, 4)), Tuple.of(5, Arbitraries.longs().between(5, 60)));
		return table(count);
	}

	@Provide
	Arbitrary<CountTable> largeTables() {
		return table(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.longs().between(0, 0)),
				Tuple.of(4, Arbitraries.longs().between(5, 1000))));
	}

	private static Arbitrary<CountTable> table(Arbitrary<Long> count) {
		return Arbitraries.integers()
			.between(1, 7)
			.flatMap((rows) -> Arbitraries.integers()
				.between(1, 7)
				.flatMap((columns) -> Combinators
					.combine(count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows),
							Arbitraries.of(true, false), Arbitraries.of(true, false))
					.as(CountTable::of)));
	}

}
