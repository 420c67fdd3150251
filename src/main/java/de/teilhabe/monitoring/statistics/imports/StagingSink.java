package de.teilhabe.monitoring.statistics.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

import de.teilhabe.monitoring.statistics.importing.ImportSink;
import de.teilhabe.monitoring.statistics.importing.Observation;
import de.teilhabe.monitoring.statistics.importing.RejectedRow;
import de.teilhabe.monitoring.statistics.importing.SeriesDefinition;
import de.teilhabe.monitoring.statistics.importing.StatisticsFileException;

/**
 * Writes every observation as one row of PostgreSQL's binary COPY format
 * ({@link CopyRow}) and forgets it; keeps only what is small: the series of the file, a
 * count per series, and the first {@link ImportReport#MAX_REJECTED_ROWS} rejected rows
 * (all of them counted).
 */
final class StagingSink implements ImportSink {

	/** More series than this in one file is not a statistics file but an attack. */
	static final int MAX_SERIES = 10_000;

	/** How many dimension keys are remembered (see {@link #dimensionKey}). */
	private static final int MAX_DIMENSION_KEYS = 10_000;

	private final OutputStream out;

	private final UnaryOperator<SeriesDefinition> enrich;

	private final LongConsumer progress;

	private final Function<String, byte[]> seriesField;

	private final byte[] suffix;

	private final int fieldCount;

	private final Map<String, byte[]> fields = new HashMap<>();

	private final Map<Map<String, String>, String> dimensionKeys = new HashMap<>();

	private final Map<String, SeriesDefinition> series = new LinkedHashMap<>();

	private final Map<String, long[]> counts = new HashMap<>();

	private final List<RejectedRow> rejected = new ArrayList<>();

	private final CopyRow row = new CopyRow();

	private final StringBuilder json = new StringBuilder(128);

	private long rejectedCount;

	private long rows;

	private RepeatedCells repeatedCells;

	private boolean writeRepetitions;

	private CellTally tally;

	/**
	 * @param out where the COPY rows go
	 * @param enrich gives series their catalogue title and source where known
	 * @param progress called every 4 096 rows with the rows so far
	 * @param seriesField the first field of a series' rows (its code or id, see
	 * {@link CopyRow#fields()}), asked once per series
	 * @param suffix fields appended to every row (constant columns, see
	 * {@link CopyRow#fields()})
	 * @param suffixFields how many fields the suffix holds
	 * @throws IOException when the header cannot be written
	 */
	StagingSink(OutputStream out, UnaryOperator<SeriesDefinition> enrich, LongConsumer progress,
			Function<String, byte[]> seriesField, byte[] suffix, int suffixFields) throws IOException {
		this.out = out;
		this.enrich = enrich;
		this.progress = progress;
		this.seriesField = seriesField;
		this.suffix = suffix;
		// series, region, period, kind, dimensions, value, symbol, quality, note, line
		this.fieldCount = 10 + suffixFields;
		out.write(CopyRow.HEADER);
	}

	/** Marks the end of the rows. */
	void finish() throws IOException {
		this.out.write(CopyRow.TRAILER);
	}

	@Override
	public void series(SeriesDefinition definition) {
		if (!this.series.containsKey(definition.code())) {
			if (this.series.size() >= MAX_SERIES) {
				throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
						"The file defines more than " + MAX_SERIES + " series.",
						"monitoring.fileError.detail.tooManySeries", MAX_SERIES);
			}
			this.fields.put(definition.code(), this.seriesField.apply(definition.code()));
			this.series.put(definition.code(), this.enrich.apply(definition));
			this.counts.put(definition.code(), new long[1]);
		}
	}

	/**
	 * Remember the cells written and hold back repetitions (the fast path straight into
	 * the observation table, which has a unique key); see {@link RepeatedCells}.
	 */
	StagingSink holdingBackRepetitions() {
		this.repeatedCells = new RepeatedCells();
		return this;
	}

	/**
	 * Remember the cells written and note repetitions, but write them all (the staging
	 * path settles them in the staging table before it merges): see
	 * {@link #repeatsCells()}.
	 */
	StagingSink noticingRepetitions() {
		this.repeatedCells = new RepeatedCells();
		this.writeRepetitions = true;
		return this;
	}

	/**
	 * Count the summary of the cells written (the fast path: every series new), see
	 * {@link CellTally}.
	 */
	StagingSink tallying() {
		this.tally = new CellTally();
		return this;
	}

	/** The summary of the cells written, if they are tallied. */
	CellTally tally() {
		return this.tally;
	}

	/** Whether a cell was given twice among the cells remembered. */
	boolean repeatsCells() {
		return this.repeatedCells != null && !this.repeatedCells.groups().isEmpty();
	}

	/**
	 * The cells given more than once and written all the same (repetitions noticed), or
	 * null when they are not all known (more distinct cells than are remembered).
	 */
	List<RepeatedCells.Group> noticedRepetitions() {
		return (this.repeatedCells != null && this.writeRepetitions && this.repeatedCells.complete())
				? this.repeatedCells.groups() : null;
	}

	/** The cells held back, if repetitions are held back. */
	List<RepeatedCells.Group> repetitions() {
		return (this.repeatedCells != null && !this.writeRepetitions) ? this.repeatedCells.groups() : List.of();
	}

	/**
	 * One observation fewer of a series (a first cell deleted because its repetitions
	 * disagree).
	 */
	void uncount(String seriesCode) {
		this.counts.get(seriesCode)[0]--;
	}

	@Override
	public void observation(Observation o) {
		long[] count = this.counts.get(o.seriesCode());
		if (count == null) {
			throw new IllegalStateException("Series " + o.seriesCode() + " was not announced");
		}
		String dimensionKey = dimensionKey(o.dimensions());
		String value = (o.value() == null) ? null : o.value().toPlainString();
		if (this.repeatedCells != null && !this.repeatedCells.first(o.seriesCode(), o.regionKey(), o.period().code(),
				dimensionKey, value, o.symbol(), o.line()) && !this.writeRepetitions) {
			tick();
			return;
		}
		count[0]++;
		if (this.tally != null) {
			this.tally.add(o.seriesCode(), o.regionKey(), o.period().code(), value != null, dimensionKey,
					o.dimensions());
		}
		CopyRow b = this.row.begin(this.fieldCount);
		b.raw(this.fields.get(o.seriesCode()));
		b.text(o.regionKey()).text(o.period().code()).text(o.period().kind().name()).text(dimensionKey);
		if (value == null) {
			b.none();
		}
		else {
			b.numeric(value);
		}
		if (o.symbol() == null) {
			b.none();
		}
		else {
			b.text(o.symbol().name());
		}
		if (o.quality() == null) {
			b.none();
		}
		else {
			b.text(String.valueOf(o.quality()));
		}
		if (o.note() == null) {
			b.none();
		}
		else {
			b.text(o.note());
		}
		b.int8(o.line()).raw(this.suffix);
		try {
			b.writeTo(this.out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		tick();
	}

	@Override
	public void rejected(RejectedRow row) {
		this.rejectedCount++;
		if (this.rejected.size() < ImportReport.MAX_REJECTED_ROWS) {
			this.rejected.add(row);
		}
		tick();
	}

	private void tick() {
		if ((++this.rows & 4095) == 0) {
			this.progress.accept(this.rows);
		}
	}

	/**
	 * The dimensions as JSON with the names sorted: the same cell has the same key
	 * whatever the column order of the file. A file's rows repeat a few combinations of
	 * dimension values: each is written once (up to {@value #MAX_DIMENSION_KEYS}) and the
	 * rows share the key, whose hash the per-cell maps then compute once.
	 */
	private String dimensionKey(Map<String, String> dimensions) {
		String key = this.dimensionKeys.get(dimensions);
		if (key == null) {
			key = newDimensionKey(dimensions);
			if (this.dimensionKeys.size() < MAX_DIMENSION_KEYS) {
				// a copy: the parser's map is not ours to keep
				this.dimensionKeys.put(new HashMap<>(dimensions), key);
			}
		}
		return key;
	}

	private String newDimensionKey(Map<String, String> dimensions) {
		StringBuilder b = this.json;
		b.setLength(0);
		b.append('{');
		Map<String, String> sorted = (dimensions.size() > 1) ? new TreeMap<>(dimensions) : dimensions;
		boolean first = true;
		for (Map.Entry<String, String> entry : sorted.entrySet()) {
			if (!first) {
				b.append(',');
			}
			first = false;
			jsonString(b, entry.getKey()).append(':');
			jsonString(b, entry.getValue());
		}
		return b.append('}').toString();
	}

	static StringBuilder jsonString(StringBuilder b, String value) {
		b.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\0' -> {
					// jsonb cannot hold NUL
				}
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"');
	}

	Map<String, SeriesDefinition> series() {
		return this.series;
	}

	long count(String seriesCode) {
		long[] count = this.counts.get(seriesCode);
		return (count == null) ? 0 : count[0];
	}

	List<RejectedRow> rejected() {
		return this.rejected;
	}

	long rejectedCount() {
		return this.rejectedCount;
	}

	long rows() {
		return this.rows;
	}

}
