package de.teilhabe.monitoring.statistics.operational;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The rule is the one of rows and columns; it does not audit combinations of several
 * lines (a cell that only a sum of several rows and columns reveals).
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
		while (!toCheck.isEmpty()) {
			Line line = toCheck.poll();
			if (line.suppressedIn(suppressed) != 1) {
				continue;
			}
			int complement = line.complement(counts, suppressed);
			suppressed[complement] = true;
			toCheck.addAll(linesOfCell.get(complement));
		}
		return suppressed;
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
				if (best < 0 || rank(counts[member]) < rank(counts[best])) {
					best = member;
				}
			}
			return (best >= 0) ? best : this.total;
		}

		/** Positive counts first, smallest first; zeros last. */
		private static long rank(long count) {
			return (count == 0) ? Long.MAX_VALUE : count;
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
