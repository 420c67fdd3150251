package de.teilhabe.monitoring.statistics.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * GENESIS classic table export "datencsv" (Windows-1252, {@code ;}):
 *
 * <pre>
 * GENESIS-Tabelle: 12411-01-01-4                       table code
 * Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;   title block: first cell only
 * - Stichtag 31.12. -;;;;
 * regionale Tiefe: Kreise und krfr. Städte;;;;
 * Bevölkerungsstand (Anzahl);;;;                       value variable (unit)
 * ;;31.12.2022;31.12.2022;31.12.2022                   header lines: leading cells empty
 * ;;Insgesamt;männlich;weiblich
 * 03;  Niedersachsen;8140242;4004393;4135849           data: row labels, then values
 * __________                                           footer after a line of underscores
 * </pre>
 *
 * The leading empty cells of the header lines give the number of row-label columns. A
 * header line whose cells are all periods gives each column its period; a line holding
 * the value variable's name picks the variable; every other line is a dimension, named
 * from the title ("… nach Geschlecht und Altersgruppen") when the count fits, else
 * "Merkmal n". Merged header cells (empty) repeat the cell to their left. In the row
 * labels a period, a region code ({@code DG}, 2 to 12 digits) and the region name are
 * recognised. Each value cell becomes one observation.
 */
final class GenesisTableParser implements FormatParser {

	private static final Pattern TABLE_CODE = Pattern.compile("GENESIS-Tabelle:\\s*(\\S+).*");

	private static final Pattern MEASURE = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

	private static final Pattern REGION_CODE = Pattern.compile("DG|\\d{2,3}|\\d{5}|\\d{8,9}|\\d{12}");

	private static final int MAX_NOTES = 20;

	private static final int MAX_NOTE_LENGTH = 500;

	private final RegionResolver regions;

	GenesisTableParser(RegionResolver regions) {
		this.regions = regions;
	}

	/** A value variable from the title block, e.g. "Bevölkerungsstand (Anzahl)". */
	private record Measure(String label, String unit) {

	}

	@Override
	public Result parse(CsvReader<CsvRecord> records, ImportSink sink) {
		Iterator<CsvRecord> rows = records.iterator();
		String first = FormatParser.field(rows.next(), 0);
		Matcher codeMatcher = TABLE_CODE.matcher(first);
		String tableCode = codeMatcher.matches() ? codeMatcher.group(1) : first;
		List<String> titles = new ArrayList<>();
		List<List<String>> headerLines = new ArrayList<>();
		CsvRecord firstData = null;
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			if (FormatParser.blank(row)) {
				continue;
			}
			String lead = FormatParser.field(row, 0);
			if (lead.startsWith("___")) {
				break;
			}
			boolean onlyFirst = row.getFields().stream().skip(1).allMatch(String::isBlank);
			if (headerLines.isEmpty() && onlyFirst) {
				titles.add(lead);
			}
			else if (lead.isEmpty()) {
				headerLines.add(row.getFields().stream().map(String::strip).toList());
			}
			else {
				firstData = row;
				break;
			}
		}
		if (headerLines.isEmpty()) {
			throw StatisticsFileException.missingColumns(StatisticsFormat.GENESIS_TABLE,
					List.of("column header (lines starting with ';' above the data)"));
		}
		Layout layout = layout(tableCode, titles, headerLines);
		for (Layout.Column column : layout.columns()) {
			if (column.first()) {
				sink.series(column.series());
			}
		}
		List<String> notes = new ArrayList<>();
		notes.add(tableCode + ": " + String.join(" ", titles));
		long rowsRead = 0;
		CsvRecord row = firstData;
		while (row != null) {
			if (!FormatParser.blank(row)) {
				if (FormatParser.field(row, 0).startsWith("___")) {
					readFooter(rows, notes);
					break;
				}
				rowsRead++;
				readRow(row, layout, sink);
			}
			row = rows.hasNext() ? rows.next() : null;
		}
		return new Result(rowsRead, notes);
	}

	private void readRow(CsvRecord row, Layout layout, ImportSink sink) {
		long line = row.getStartingLineNumber();
		Period rowPeriod = null;
		String code = null;
		String name = null;
		Map<String, String> rowDimensions = new LinkedHashMap<>();
		for (int i = 0; i < layout.labelColumns(); i++) {
			String label = FormatParser.field(row, i);
			Optional<Period> period = Period.parse(label);
			if (period.isPresent() && rowPeriod == null) {
				rowPeriod = period.get();
			}
			else if (code == null && REGION_CODE.matcher(label).matches()) {
				code = label;
			}
			else if (code != null && name == null) {
				name = label;
			}
			else {
				rowDimensions.put("Zeilenmerkmal " + (rowDimensions.size() + 1), label);
			}
		}
		// a table without a region code column is data of the Land of the file
		var region = this.regions.resolve((code != null) ? code : "", name);
		if (!region.resolved()) {
			sink.rejected(RejectedRow.of(line, "Region", region.reason()));
			return;
		}
		for (Layout.Column column : layout.columns()) {
			Period period = (column.period() != null) ? column.period() : rowPeriod;
			String raw = FormatParser.field(row, column.index());
			if (period == null) {
				sink.rejected(RejectedRow.of(line, column.heading(), Reason.of("period.missing")));
				continue;
			}
			CellValue cell = ValueReader.read(raw, NumberStyle.GENESIS);
			if (cell == null) {
				sink.rejected(RejectedRow.of(line, column.heading(),
						Reason.of("value.notANumber", raw, "-, 0, ., ..., /, x, ( )")));
				continue;
			}
			Map<String, String> dimensions = new LinkedHashMap<>(rowDimensions);
			dimensions.putAll(column.dimensions());
			sink.observation(new Observation(column.series().code(), region.key(), period, dimensions, cell.value(),
					cell.symbol(), null, null, line));
		}
	}

	private static void readFooter(Iterator<CsvRecord> rows, List<String> notes) {
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			for (String field : row.getFields()) {
				String text = field.strip();
				if (!text.isEmpty() && notes.size() < MAX_NOTES) {
					notes.add((text.length() > MAX_NOTE_LENGTH) ? text.substring(0, MAX_NOTE_LENGTH) : text);
				}
			}
		}
	}

	/**
	 * Value columns with their series, period and dimensions.
	 */
	private record Layout(int labelColumns, List<Column> columns) {

		record Column(int index, String heading, SeriesDefinition series, boolean first, Period period,
				Map<String, String> dimensions) {

		}

	}

	private static Layout layout(String tableCode, List<String> titles, List<List<String>> headerLines) {
		int labelColumns = Integer.MAX_VALUE;
		int width = 0;
		for (List<String> line : headerLines) {
			int leading = 0;
			while (leading < line.size() && line.get(leading).isEmpty()) {
				leading++;
			}
			labelColumns = Math.min(labelColumns, leading);
			width = Math.max(width, line.size());
		}
		List<Measure> measures = new ArrayList<>();
		for (String title : titles) {
			Matcher matcher = MEASURE.matcher(title);
			if (matcher.matches() && !title.contains(":")) {
				measures.add(new Measure(matcher.group(1), matcher.group(2)));
			}
		}
		if (measures.isEmpty()) {
			measures.add(new Measure(titles.isEmpty() ? tableCode : titles.get(0), null));
		}
		// classify header lines, repeating merged (empty) cells from the left
		List<String[]> filled = new ArrayList<>();
		for (List<String> line : headerLines) {
			String[] cells = new String[width];
			String last = "";
			for (int i = labelColumns; i < width; i++) {
				String cell = (i < line.size()) ? line.get(i) : "";
				last = cell.isEmpty() ? last : cell;
				cells[i] = last;
			}
			filled.add(cells);
		}
		List<Integer> periodLines = new ArrayList<>();
		int measureLine = -1;
		List<Integer> dimensionLines = new ArrayList<>();
		for (int l = 0; l < filled.size(); l++) {
			String[] cells = filled.get(l);
			boolean allPeriods = Arrays.stream(cells, labelColumns, width)
				.allMatch((c) -> c.isEmpty() || Period.parse(c).isPresent());
			boolean allMeasures = Arrays.stream(cells, labelColumns, width)
				.allMatch((c) -> c.isEmpty() || measures.stream().anyMatch((m) -> m.label().equals(c)));
			if (allPeriods) {
				periodLines.add(l);
			}
			else if (allMeasures && measureLine < 0) {
				measureLine = l;
			}
			else {
				dimensionLines.add(l);
			}
		}
		List<String> dimensionNames = dimensionNames(titles, dimensionLines.size());
		List<Layout.Column> columns = new ArrayList<>();
		List<String> announced = new ArrayList<>();
		for (int i = labelColumns; i < width; i++) {
			boolean hasHeading = false;
			for (String[] cells : filled) {
				hasHeading |= !cells[i].isEmpty();
			}
			if (!hasHeading) {
				continue;
			}
			Measure measure = measures.get(0);
			if (measureLine >= 0) {
				String label = filled.get(measureLine)[i];
				measure = measures.stream().filter((m) -> m.label().equals(label)).findFirst().orElse(measure);
			}
			Period period = null;
			for (int l : periodLines) {
				period = Period.parse(filled.get(l)[i]).orElse(period);
			}
			Map<String, String> dimensions = new LinkedHashMap<>();
			List<String> headingParts = new ArrayList<>();
			for (int d = 0; d < dimensionLines.size(); d++) {
				String value = filled.get(dimensionLines.get(d))[i];
				dimensions.put(dimensionNames.get(d), value);
				headingParts.add(value);
			}
			if (period != null) {
				headingParts.add(period.code());
			}
			String code = (measures.size() == 1) ? tableCode : tableCode + ":" + measure.label();
			boolean first = !announced.contains(code);
			if (first) {
				announced.add(code);
			}
			SeriesDefinition series = new SeriesDefinition(code, measure.label(), measure.unit(),
					"GENESIS " + tableCode + " " + (titles.isEmpty() ? "" : titles.get(0)),
					ImportSettings.GENESIS_ATTRIBUTION, dimensionNames);
			columns.add(new Layout.Column(i, String.join(" ", headingParts), series, first, period, dimensions));
		}
		return new Layout(labelColumns, columns);
	}

	/**
	 * "… nach Geschlecht und Altersgruppen" → [Geschlecht, Altersgruppen] if the count
	 * fits.
	 */
	private static List<String> dimensionNames(List<String> titles, int count) {
		for (String title : titles) {
			int at = title.indexOf(" nach ");
			if (at >= 0) {
				String[] names = title.substring(at + 6).split(",\\s*|\\s+und\\s+");
				if (names.length == count) {
					return Arrays.stream(names).map(String::strip).toList();
				}
			}
		}
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			names.add("Merkmal " + i);
		}
		return names;
	}

}
