package de.teilhabe.monitoring;

import de.teilhabe.monitoring.statistics.operational.CellSuppression;
import de.teilhabe.monitoring.statistics.operational.CountTable;

/**
 * The platform's secrecy policy for a table of counts that a module shows or exports
 * itself (its own statistics page, a download), the same rule the
 * {@link OperationalStatistics operational series} are stored under: every count from 1
 * to 4 is secret (shown as {@code x}, never as 0), and so is every further cell needed so
 * that no secret cell can be computed back from the shown cells and totals of its rows
 * and columns (complementary suppression). Plain Java: no database, no Spring.
 */
public final class SecretCounts {

	/** The smallest count shown as a number (unless needed as a complement). */
	public static final int SMALLEST_SHOWN = CellSuppression.SMALLEST_PUBLISHED;

	private SecretCounts() {
	}

	/** Whether a count is secret for itself: 1 to 4. */
	public static boolean isSmall(long count) {
		return CellSuppression.isSmall(count);
	}

	/**
	 * A two-way table (rows × columns) of the given inner counts with the totals asked
	 * for, and which of its cells are secret.
	 * @param inner the counts, at least one row and one column, every row of the same
	 * length, none negative
	 * @param rowTotals whether each row has its total (the last column)
	 * @param columnTotals whether each column has its total (the last row; with both, the
	 * grand total in the corner)
	 */
	public static Table of(long[][] inner, boolean rowTotals, boolean columnTotals) {
		CountTable table = CountTable.of(inner, rowTotals, columnTotals);
		return new Table(table.counts(), table.suppressed());
	}

	/**
	 * The values of a table with the totals asked for, laid out as in {@link #of} (for a
	 * sum that follows the secrecy of a table of counts, e.g. hours: secret where the
	 * count is).
	 */
	public static long[][] withTotals(long[][] inner, boolean rowTotals, boolean columnTotals) {
		return CountTable.of(inner, rowTotals, columnTotals).counts();
	}

	/**
	 * A table of counts with its totals, and which cells are secret.
	 *
	 * @param counts the counts, the row totals in the last column and the column totals
	 * in the last row where asked for
	 * @param secret per cell of {@code counts}, whether it is secret
	 */
	public record Table(long[][] counts, boolean[][] secret) {

		/** Whether the cell is secret. */
		public boolean isSecret(int row, int column) {
			return this.secret[row][column];
		}

		/** The count of a cell (also of a secret one: never show it). */
		public long count(int row, int column) {
			return this.counts[row][column];
		}

	}

}
