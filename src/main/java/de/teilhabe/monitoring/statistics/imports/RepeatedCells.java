package de.teilhabe.monitoring.statistics.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.teilhabe.monitoring.statistics.importing.ValueSymbol;

/**
 * The fast path's memory of the cells a file has given so far, so that a cell the file
 * holds twice need not fail the COPY and send the whole file through the staging table: a
 * repetition is not written but remembered. The rule is the staging path's: repetitions
 * with the same content are reported and the first is kept; when they disagree, none of
 * them stays (the first, already written, is deleted afterwards). Bounded: after
 * {@value #MAX_CELLS} distinct cells it stops remembering, and a later repetition fails
 * the COPY on the unique key as before (the staging path then takes over).
 */
final class RepeatedCells {

	static final int MAX_CELLS = 50_000;

	private final Map<Cell, First> seen = new HashMap<>();

	private final Map<Cell, Group> repeated = new LinkedHashMap<>();

	private boolean full;

	/**
	 * A cell's key (the sink gives a row's region and dimension key as shared objects
	 * whose hashes are computed once: cheaper than one joined string per row).
	 */
	private record Cell(String seriesCode, String regionKey, String period, String dimensionKey) {
	}

	/** The first line of a cell and its content. */
	private record First(long line, String value, ValueSymbol symbol) {

		boolean sameContent(String otherValue, ValueSymbol otherSymbol) {
			return Objects.equals(this.value, otherValue) && this.symbol == otherSymbol;
		}

	}

	/**
	 * A cell given more than once.
	 *
	 * @param seriesCode the series
	 * @param regionKey the region
	 * @param period the period code
	 * @param dimensionKey the dimensions as stored
	 * @param firstLine the line that was written
	 * @param repetitions the lines that were not
	 * @param conflict whether their contents differ
	 */
	record Group(String seriesCode, String regionKey, String period, String dimensionKey, long firstLine,
			List<Long> repetitions, boolean[] conflict) {

		long lastLine() {
			return this.repetitions.get(this.repetitions.size() - 1);
		}

		boolean conflicting() {
			return this.conflict[0];
		}

	}

	/**
	 * Whether this cell is to be written: true for its first line (or once nothing more
	 * is remembered), false for a repetition. The content is the value (as written) and
	 * the symbol.
	 */
	boolean first(String seriesCode, String regionKey, String period, String dimensionKey, String value,
			ValueSymbol symbol, long line) {
		if (this.full) {
			return true;
		}
		Cell key = new Cell(seriesCode, regionKey, period, dimensionKey);
		First first = this.seen.get(key);
		if (first == null) {
			if (this.seen.size() >= MAX_CELLS) {
				this.full = true;
			}
			else {
				this.seen.put(key, new First(line, value, symbol));
			}
			return true;
		}
		Group group = this.repeated.computeIfAbsent(key, (k) -> new Group(seriesCode, regionKey, period, dimensionKey,
				first.line(), new ArrayList<>(2), new boolean[1]));
		group.repetitions().add(line);
		group.conflict()[0] |= !first.sameContent(value, symbol);
		return false;
	}

	/** Whether every repetition was noticed (no more than {@value #MAX_CELLS} cells). */
	boolean complete() {
		return !this.full;
	}

	List<Group> groups() {
		return List.copyOf(this.repeated.values());
	}

}
