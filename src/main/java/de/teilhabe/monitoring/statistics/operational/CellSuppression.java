package de.teilhabe.monitoring.statistics.operational;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Geheimhaltung (secrecy) of a table of counts: which cells may not be published as
 * numbers. Plain Java, no Spring, no database.
 * <p>
 * <b>Primary suppression</b>: every count from 1 to 4 ({@link #isSmall(long)}). Zeros and
 * counts of 5 or more are published unless they are needed as complements.
 * <p>
 * <b>Complementary suppression</b>: the table knows its additive relations as {@link Line
 * lines} (a row or a column with its total: the total is the sum of the members). A
 * suppressed cell alone in a line could be computed back as the total minus the published
 * members, so every line holds either no suppressed cell or at least two (the total
 * counts as one of the line's cells). Where a line holds exactly one, another cell of it
 * is suppressed: the smallest positive member, else a zero member, else the total (which
 * then needs protection in the lines it is a member of). This repeats until no line holds
 * exactly one suppressed cell; it ends because cells are only added.
 * <p>
 * Then the lines are solved together: where a suppressed cell is still determined by a
 * combination of several lines (a cell joining two blocks of suppressed cells), one more
 * cell of its lines is suppressed, and both steps repeat (up to {@link #MAX_AUDITED}
 * suppressed cells; beyond, only the rule per line holds).
 */
public final class CellSuppression {

	/** The smallest count published as a number (unless needed as a complement). */
	public static final int SMALLEST_PUBLISHED = 5;

	private CellSuppression() {
	}

	/** Whether a count is suppressed for itself: 1 to 4. */
	public static boolean isSmall(long count) {
		return count >= 1 && count < SMALLEST_PUBLISHED;
	}

	/**
	 * Which cells are suppressed.
	 * @param counts the count of every cell (not negative)
	 * @param lines the additive relations between the cells (indices into {@code counts})
	 * @return per cell, whether it is suppressed
	 */
	public static boolean[] suppress(long[] counts, List<Line> lines) {
		boolean[] suppressed = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] < 0) {
				throw new IllegalArgumentException("count " + i + " is negative: " + counts[i]);
			}
			suppressed[i] = isSmall(counts[i]);
		}
		List<List<Line>> linesOfCell = new ArrayList<>(counts.length);
		for (int i = 0; i < counts.length; i++) {
			linesOfCell.add(new ArrayList<>());
		}
		for (Line line : lines) {
			for (int cell : line.cells()) {
				linesOfCell.get(cell).add(line);
			}
		}
		Deque<Line> toCheck = new ArrayDeque<>(lines);
		while (true) {
			protectLines(counts, suppressed, toCheck, linesOfCell);
			int determined = determinedCell(suppressed, lines);
			if (determined < 0) {
				return suppressed;
			}
			// revealed only by several lines together: one more unknown in its lines
			int complement = -1;
			for (Line line : linesOfCell.get(determined)) {
				int candidate = line.complement(counts, suppressed);
				if (!suppressed[candidate]
						&& (complement < 0 || rankOf(counts, candidate) < rankOf(counts, complement))) {
					complement = candidate;
				}
			}
			if (complement < 0) {
				return suppressed;
			}
			suppressed[complement] = true;
			toCheck.addAll(linesOfCell.get(complement));
		}
	}

	/** Adds complements until no line holds exactly one suppressed cell. */
	private static void protectLines(long[] counts, boolean[] suppressed, Deque<Line> toCheck,
			List<List<Line>> linesOfCell) {
		while (!toCheck.isEmpty()) {
			Line line = toCheck.poll();
			if (line.suppressedIn(suppressed) != 1) {
				continue;
			}
			int complement = line.complement(counts, suppressed);
			suppressed[complement] = true;
			toCheck.addAll(linesOfCell.get(complement));
		}
	}

	/** Suppressed cells up to which {@link #determinedCell} solves the lines together. */
	static final int MAX_AUDITED = 400;

	/**
	 * A suppressed cell that the lines together determine (e.g. a cell joining two blocks
	 * of suppressed cells: the sum of some rows minus the sum of some columns gives it),
	 * or -1: the unit vector of the cell lies in the row space of the lines' equations
	 * over the suppressed cells (reduced row echelon form). Not audited beyond
	 * {@link #MAX_AUDITED} suppressed cells (-1).
	 */
	static int determinedCell(boolean[] suppressed, List<Line> lines) {
		int[] unknown = new int[suppressed.length];
		List<Integer> cells = new ArrayList<>();
		for (int i = 0; i < suppressed.length; i++) {
			unknown[i] = suppressed[i] ? cells.size() : -1;
			if (suppressed[i]) {
				cells.add(i);
			}
		}
		if (cells.isEmpty() || cells.size() > MAX_AUDITED) {
			return -1;
		}
		List<double[]> rows = new ArrayList<>();
		for (Line line : lines) {
			if (line.suppressedIn(suppressed) == 0) {
				continue;
			}
			double[] row = new double[cells.size()];
			for (int member : line.members()) {
				if (suppressed[member]) {
					row[unknown[member]] += 1;
				}
			}
			if (suppressed[line.total()]) {
				row[unknown[line.total()]] -= 1;
			}
			rows.add(row);
		}
		int rank = 0;
		for (int column = 0; column < cells.size() && rank < rows.size(); column++) {
			int pivot = -1;
			for (int r = rank; r < rows.size(); r++) {
				if (Math.abs(rows.get(r)[column]) > EPSILON
						&& (pivot < 0 || Math.abs(rows.get(r)[column]) > Math.abs(rows.get(pivot)[column]))) {
					pivot = r;
				}
			}
			if (pivot < 0) {
				continue;
			}
			Collections.swap(rows, rank, pivot);
			double[] p = rows.get(rank);
			double factor = p[column];
			for (int c = 0; c < p.length; c++) {
				p[c] /= factor;
			}
			for (int r = 0; r < rows.size(); r++) {
				double[] other = rows.get(r);
				if (r != rank && Math.abs(other[column]) > EPSILON) {
					double f = other[column];
					for (int c = 0; c < other.length; c++) {
						other[c] -= f * p[c];
					}
				}
			}
			rank++;
		}
		for (int r = 0; r < rank; r++) {
			int nonZero = -1;
			int count = 0;
			double[] row = rows.get(r);
			for (int c = 0; c < row.length; c++) {
				if (Math.abs(row[c]) > EPSILON) {
					nonZero = c;
					count++;
				}
			}
			if (count == 1) {
				return cells.get(nonZero);
			}
		}
		return -1;
	}

	private static final double EPSILON = 1e-9;

	/** Positive counts first, smallest first; zeros last. */
	private static long rankOf(long[] counts, int cell) {
		return (counts[cell] == 0) ? Long.MAX_VALUE : counts[cell];
	}

	/**
	 * An additive relation: the cell {@code total} is the sum of the cells
	 * {@code members}.
	 */
	public record Line(int total, int[] members) {

		public Line {
			members = members.clone();
			if (members.length == 0) {
				throw new IllegalArgumentException("a line needs at least one member");
			}
		}

		/** The members and the total. */
		int[] cells() {
			int[] cells = Arrays.copyOf(this.members, this.members.length + 1);
			cells[this.members.length] = this.total;
			return cells;
		}

		/** How many of its cells (members and total) are suppressed. */
		public int suppressedIn(boolean[] suppressed) {
			int n = suppressed[this.total] ? 1 : 0;
			for (int member : this.members) {
				if (suppressed[member]) {
					n++;
				}
			}
			return n;
		}

		/**
		 * The cell to suppress beside the one suppressed: the smallest positive member,
		 * else a zero member, else the total; among equals the first.
		 */
		int complement(long[] counts, boolean[] suppressed) {
			int best = -1;
			for (int member : this.members) {
				if (suppressed[member]) {
					continue;
				}
				if (best < 0 || rankOf(counts, member) < rankOf(counts, best)) {
					best = member;
				}
			}
			return (best >= 0) ? best : this.total;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Line line && line.total == this.total && Arrays.equals(line.members, this.members);
		}

		@Override
		public int hashCode() {
			return 31 * this.total + Arrays.hashCode(this.members);
		}

		@Override
		public String toString() {
			return "Line[" + this.total + " = " + Arrays.toString(this.members) + "]";
		}

	}

}
