package de.teilhabe.counselling.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statistics table as it may be shown: the headings of its rows and columns (the total
 * last in each), its values with every secret cell as {@code x} (never a number, never
 * 0).
 *
 * @param query what it shows
 * @param measureLabel what is counted, in words
 * @param rowsLabel what the rows are, in words
 * @param columnsLabel what the columns are, in words (the measure for one column)
 * @param rows the rows, the total last
 * @param columns the columns, the total last (one column: the measure)
 * @param cells per row, per column, the value
 * @param mentions whether a unit counts under several rows or columns (topics): the
 * totals count mentions
 */
public record StatisticsTable(StatisticsQuery query, String measureLabel, String rowsLabel, String columnsLabel,
		List<Heading> rows, List<Heading> columns, List<List<Value>> cells, boolean mentions) {

	/** The symbol of a secret value. */
	public static final String SECRET = "x";

	/** The code of the total's row and column. */
	public static final String TOTAL = "_T";

	/**
	 * A row or column.
	 *
	 * @param code its code (e.g. {@code HOUSING}, {@code 2026-03}, {@code 03459030},
	 * {@link StatisticsTable#TOTAL})
	 * @param label its name in the reader's language
	 */
	public record Heading(String code, String label) {

		public boolean total() {
			return TOTAL.equals(this.code);
		}

	}

	/**
	 * A value.
	 *
	 * @param number the count or hours, null when secret
	 */
	public record Value(BigDecimal number) {

		public boolean secret() {
			return this.number == null;
		}

		/** The number as text ({@code 12}, {@code 3.5}), or {@code x}. */
		public String text() {
			return (this.number == null) ? SECRET : this.number.toPlainString();
		}

	}

	/** The value of a cell. */
	public Value value(int row, int column) {
		return this.cells.get(row).get(column);
	}

}
