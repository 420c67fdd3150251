package de.teilhabe.counselling.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the statistics tables as they are shown (one dimension with its total, or
 * rows × columns with row, column and grand totals), on random counts with many small
 * ones: no count from 1 to 4 is shown; no secret cell can be computed from the shown
 * cells and totals (checked by an oracle of this test: the secret cells as unknowns of
 * the equations row = sum of its cells and column = sum of its cells; a cell is
 * recoverable exactly when its unit vector lies in the span of the equations, i.e. adding
 * it does not raise the rank); the shown totals are the sums; hours are secret exactly
 * where the counts are.
 */
class StatisticsSuppressionPropertiesTest {

	@Property(tries = 400)
	void noSmallCountIsShownAndNoSecretCellCanBeComputedBack(@ForAll("tables") long[][] inner, @ForAll boolean twoWay) {
		long[][] table = twoWay ? inner : column(inner);
		List<List<StatisticsTable.Value>> cells = CounsellingStatistics.cells(table, table, twoWay, false);
		long[][] full = withTotals(table, twoWay);
		for (int r = 0; r < full.length; r++) {
			for (int c = 0; c < full[r].length; c++) {
				StatisticsTable.Value value = cells.get(r).get(c);
				if (full[r][c] >= 1 && full[r][c] <= 4) {
					assertThat(value.secret()).as("cell %d,%d = %d", r, c, full[r][c]).isTrue();
				}
				if (!value.secret()) {
					assertThat(value.number()).isEqualByComparingTo(BigDecimal.valueOf(full[r][c]));
				}
			}
		}
		assertThat(recoverable(full, cells, twoWay)).as("recoverable secret cells").isEmpty();
	}

	@Property(tries = 200)
	void hoursAreSecretExactlyWhereTheCountsAre(@ForAll("tables") long[][] counts, @ForAll boolean twoWay) {
		long[][] minutes = new long[counts.length][counts[0].length];
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[r].length; c++) {
				minutes[r][c] = counts[r][c] * 45;
			}
		}
		List<List<StatisticsTable.Value>> byCount = CounsellingStatistics.cells(counts, minutes, twoWay, false);
		List<List<StatisticsTable.Value>> byHours = CounsellingStatistics.cells(counts, minutes, twoWay, true);
		for (int r = 0; r < byCount.size(); r++) {
			for (int c = 0; c < byCount.get(r).size(); c++) {
				assertThat(byHours.get(r).get(c).secret()).isEqualTo(byCount.get(r).get(c).secret());
				if (!byCount.get(r).get(c).secret()) {
					// the hours of the minutes, one decimal
					assertThat(byHours.get(r).get(c).number()).isEqualByComparingTo(byCount.get(r)
						.get(c)
						.number()
						.multiply(BigDecimal.valueOf(45))
						.divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP));
				}
			}
		}
	}

	@Provide
	Arbitrary<long[][]> tables() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 0)),
				Tuple.of(4, Arbitraries.longs().between(1, 4)), Tuple.of(3, Arbitraries.longs().between(5, 40)));
		return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 6))
			.flatAs((rows, columns) -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
	}

	/** The rows as one column (one dimension: the row sums of the generated table). */
	private static long[][] column(long[][] inner) {
		long[][] column = new long[inner.length][1];
		for (int r = 0; r < inner.length; r++) {
			for (long n : inner[r]) {
				column[r][0] += n;
			}
		}
		return column;
	}

	/** The table with its totals, computed here (the oracle's own sums). */
	private static long[][] withTotals(long[][] inner, boolean twoWay) {
		int rows = inner.length;
		int columns = inner[0].length;
		long[][] full = new long[rows + 1][columns + (twoWay ? 1 : 0)];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				full[r][c] = inner[r][c];
				full[rows][c] += inner[r][c];
				if (twoWay) {
					full[r][columns] += inner[r][c];
					full[rows][columns] += inner[r][c];
				}
			}
		}
		return full;
	}

	/**
	 * The secret cells a reader can compute from the shown values: every additive
	 * equation (each row with its total, each column with its total) over the secret
	 * cells; a secret cell is determined when its unit vector is in the span of the
	 * equations (the rank does not grow when it is added).
	 */
	private static List<int[]> recoverable(long[][] full, List<List<StatisticsTable.Value>> cells, boolean twoWay) {
		int rows = full.length;
		int columns = full[0].length;
		int[][] unknown = new int[rows][columns];
		int n = 0;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				unknown[r][c] = cells.get(r).get(c).secret() ? n++ : -1;
			}
		}
		List<double[]> equations = new ArrayList<>();
		if (twoWay) {
			for (int r = 0; r < rows; r++) {
				double[] equation = new double[n];
				for (int c = 0; c < columns - 1; c++) {
					add(equation, unknown[r][c], 1);
				}
				add(equation, unknown[r][columns - 1], -1);
				equations.add(equation);
			}
		}
		for (int c = 0; c < columns; c++) {
			double[] equation = new double[n];
			for (int r = 0; r < rows - 1; r++) {
				add(equation, unknown[r][c], 1);
			}
			add(equation, unknown[rows - 1][c], -1);
			equations.add(equation);
		}
		int rank = rank(equations, n);
		List<int[]> found = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (unknown[r][c] >= 0) {
					List<double[]> with = new ArrayList<>(equations);
					double[] unit = new double[n];
					unit[unknown[r][c]] = 1;
					with.add(unit);
					if (rank(with, n) == rank) {
						found.add(new int[] { r, c });
					}
				}
			}
		}
		return found;
	}

	private static void add(double[] equation, int unknown, double factor) {
		if (unknown >= 0) {
			equation[unknown] += factor;
		}
	}

	/** The rank of the equations by Gaussian elimination with partial pivoting. */
	private static int rank(List<double[]> equations, int n) {
		List<double[]> rows = new ArrayList<>();
		equations.forEach((equation) -> rows.add(equation.clone()));
		int rank = 0;
		for (int column = 0; column < n && rank < rows.size(); column++) {
			int pivot = rank;
			for (int r = rank + 1; r < rows.size(); r++) {
				if (Math.abs(rows.get(r)[column]) > Math.abs(rows.get(pivot)[column])) {
					pivot = r;
				}
			}
			if (Math.abs(rows.get(pivot)[column]) < 1e-9) {
				continue;
			}
			double[] p = rows.get(pivot);
			rows.set(pivot, rows.get(rank));
			rows.set(rank, p);
			for (int r = rank + 1; r < rows.size(); r++) {
				double factor = rows.get(r)[column] / p[column];
				for (int c = column; c < n; c++) {
					rows.get(r)[c] -= factor * p[c];
				}
			}
			rank++;
		}
		return rank;
	}

}
