package de.teilhabe.monitoring.statistics.operational;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-way table of counts (rows × columns, e.g. Gemeinden × topics) with a total per
 * row (last column) and/or per column (last row) where the publication holds them, and
 * its {@link CellSuppression}. The totals are the sums of the cells.
 */
public final class CountTable {

	private final long[][] counts;

	private final boolean rowTotals;

	private final boolean columnTotals;

	private CountTable(long[][] counts, boolean rowTotals, boolean columnTotals) {
		this.counts = counts;
		this.rowTotals = rowTotals;
		this.columnTotals = columnTotals;
	}

	/**
	 * A table of the given inner cells (at least one row and one column, all rows of the
	 * same length), with the totals asked for (both: also the grand total).
	 */
	public static CountTable of(long[][] inner, boolean rowTotals, boolean columnTotals) {
		int rows = inner.length;
		int columns = inner[0].length;
		long[][] full = new long[rows + (columnTotals ? 1 : 0)][columns + (rowTotals ? 1 : 0)];
		for (int r = 0; r < rows; r++) {
			if (inner[r].length != columns) {
				throw new IllegalArgumentException("row " + r + " has " + inner[r].length + " cells, not " + columns);
			}
			for (int c = 0; c < columns; c++) {
				full[r][c] = inner[r][c];
				if (rowTotals) {
					full[r][columns] += inner[r][c];
				}
				if (columnTotals) {
					full[rows][c] += inner[r][c];
				}
				if (rowTotals && columnTotals) {
					full[rows][columns] += inner[r][c];
				}
			}
		}
		return new CountTable(full, rowTotals, columnTotals);
	}

	/** The table with its totals: row totals in the last column, column totals last. */
	public long[][] counts() {
		long[][] copy = new long[this.counts.length][];
		for (int r = 0; r < this.counts.length; r++) {
			copy[r] = this.counts[r].clone();
		}
		return copy;
	}

	public boolean hasRowTotals() {
		return this.rowTotals;
	}

	public boolean hasColumnTotals() {
		return this.columnTotals;
	}

	/** Which cells of {@link #counts()} are suppressed. */
	public boolean[][] suppressed() {
		int columns = this.counts[0].length;
		boolean[] flat = CellSuppression.suppress(flatCounts(), lines());
		boolean[][] suppressed = new boolean[this.counts.length][columns];
		for (int r = 0; r < this.counts.length; r++) {
			System.arraycopy(flat, r * columns, suppressed[r], 0, columns);
		}
		return suppressed;
	}

	/** The counts row by row: cell (r, c) is at r × columns + c. */
	long[] flatCounts() {
		int columns = this.counts[0].length;
		long[] flat = new long[this.counts.length * columns];
		for (int r = 0; r < this.counts.length; r++) {
			System.arraycopy(this.counts[r], 0, flat, r * columns, columns);
		}
		return flat;
	}

	/** The rows and columns with their totals, over {@link #flatCounts()}. */
	List<CellSuppression.Line> lines() {
		int rows = this.counts.length;
		int columns = this.counts[0].length;
		List<CellSuppression.Line> lines = new ArrayList<>();
		if (this.rowTotals && columns > 1) {
			// every row, the row of column totals too: its total is the grand total
			for (int r = 0; r < rows; r++) {
				int[] members = new int[columns - 1];
				for (int c = 0; c < columns - 1; c++) {
					members[c] = r * columns + c;
				}
				lines.add(new CellSuppression.Line(r * columns + columns - 1, members));
			}
		}
		if (this.columnTotals && rows > 1) {
			for (int c = 0; c < columns; c++) {
				int[] members = new int[rows - 1];
				for (int r = 0; r < rows - 1; r++) {
					members[r] = r * columns + c;
				}
				lines.add(new CellSuppression.Line((rows - 1) * columns + c, members));
			}
		}
		return lines;
	}

}
