package de.teilhabe.monitoring.statistics.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Open SDG "tidy" CSV: first column {@code Year}, last column {@code Value}, optional
 * {@code GeoCode}, region name ({@code Gebietseinheit}), {@code COMMENT_OBS}; every other
 * column (including {@code Units}) is a dimension. One series per file, its code from the
 * file name ({@code indicator_1-2-1.csv} → {@code 1-2-1}).
 * <p>
 * Comments decide about the value: "Gesperrt" / "Nicht veröffentlicht" withhold it (no
 * value, symbol {@code .} or {@code /}, even when the cell holds a number: the publisher
 * blocked it), "Statistisch unsicher" / "Aussagewert eingeschränkt" keep it with symbol
 * {@code ( )} (or {@code /} when there is none). The comment is kept as note.
 */
final class OpenSdgParser implements FormatParser {

	private static final Pattern INDICATOR_FILE = Pattern.compile("(?:indicator_)?(.+?)(?:\\.csv)?",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> NAME_COLUMNS = Set.of("gebietseinheit", "region", "gebiet", "regionname", "kreis",
			"name");

	private final String seriesCode;

	private final RegionResolver regions;

	private final ImportSettings settings;

	OpenSdgParser(String fileName, RegionResolver regions, ImportSettings settings) {
		String name = (fileName == null) ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
		Matcher matcher = INDICATOR_FILE.matcher(name);
		this.seriesCode = matcher.matches() ? matcher.group(1) : name;
		this.regions = regions;
		this.settings = settings;
	}

	@Override
	public Result parse(CsvReader<CsvRecord> records, ImportSink sink) {
		Iterator<CsvRecord> rows = records.iterator();
		CsvRecord headerRecord = rows.next();
		List<String> header = headerRecord.getFields().stream().map(String::strip).toList();
		int year = -1;
		int value = -1;
		int geoCode = -1;
		int comment = -1;
		int name = -1;
		List<Integer> dimensionColumns = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i).toLowerCase(Locale.ROOT);
			switch (column) {
				case "year" -> year = i;
				case "value" -> value = i;
				case "geocode" -> geoCode = i;
				case "comment_obs" -> comment = i;
				default -> {
					if (name < 0 && NAME_COLUMNS.contains(column)) {
						name = i;
					}
					else {
						dimensionColumns.add(i);
					}
				}
			}
		}
		List<String> missing = new ArrayList<>();
		if (year < 0) {
			missing.add("Year");
		}
		if (value < 0) {
			missing.add("Value");
		}
		if (!missing.isEmpty()) {
			throw StatisticsFileException.missingColumns(StatisticsFormat.OPEN_SDG, missing);
		}
		List<String> dimensionNames = dimensionColumns.stream()
			.map((i) -> header.get(i).isEmpty() ? "Spalte " + (i + 1) : header.get(i))
			.toList();
		sink.series(new SeriesDefinition(this.seriesCode, "Indikator " + this.seriesCode, null,
				this.settings.openSdgSource(), this.settings.openSdgAttribution(), dimensionNames));
		long rowsRead = 0;
		long withheld = 0;
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			if (FormatParser.blank(row)) {
				continue;
			}
			rowsRead++;
			long line = row.getStartingLineNumber();
			if (row.getFieldCount() != header.size()) {
				sink.rejected(
						RejectedRow.of(line, null, Reason.of("row.fieldCount", row.getFieldCount(), header.size())));
				continue;
			}
			String periodText = FormatParser.field(row, year);
			var period = Period.parse(periodText);
			if (period.isEmpty()) {
				sink.rejected(RejectedRow.of(line, header.get(year), Reason.of("period.invalid", periodText)));
				continue;
			}
			var region = this.regions.resolve((geoCode < 0) ? "" : FormatParser.field(row, geoCode),
					(name < 0) ? null : FormatParser.field(row, name));
			if (!region.resolved()) {
				sink.rejected(RejectedRow.of(line, (geoCode < 0) ? null : header.get(geoCode), region.reason()));
				continue;
			}
			String valueText = FormatParser.field(row, value);
			CellValue cell = ValueReader.read(valueText, NumberStyle.DECIMAL_POINT);
			if (cell == null) {
				sink.rejected(RejectedRow.of(line, header.get(value),
						Reason.of("value.notANumber", valueText, "-, ., ..., /, x, ( )")));
				continue;
			}
			String note = (comment < 0) ? "" : FormatParser.field(row, comment);
			if (!note.isEmpty()) {
				CellValue commented = applyComment(cell, note);
				if (cell.value() != null && commented.value() == null) {
					withheld++;
				}
				cell = commented;
			}
			Map<String, String> dimensions = new LinkedHashMap<>();
			for (int i = 0; i < dimensionColumns.size(); i++) {
				dimensions.put(dimensionNames.get(i), FormatParser.field(row, dimensionColumns.get(i)));
			}
			sink.observation(new Observation(this.seriesCode, region.key(), period.get(), dimensions, cell.value(),
					cell.symbol(), null, note.isEmpty() ? null : note, line));
		}
		List<String> notes = (withheld == 0) ? List.of()
				: List.of(withheld + " value(s) the publisher marked as blocked (Gesperrt) were not taken over.");
		return new Result(rowsRead, notes);
	}

	static CellValue applyComment(CellValue cell, String comment) {
		String text = comment.toLowerCase(Locale.GERMAN);
		boolean unreliable = text.contains("unsicher") || text.contains("nicht ausreichend genau")
				|| text.contains("eingeschränkt");
		if (text.contains("gesperrt") || text.contains("nicht veröffentlicht")) {
			return CellValue.symbol(unreliable ? ValueSymbol.NOT_RELIABLE : ValueSymbol.SECRET);
		}
		if (unreliable) {
			return (cell.value() != null) ? new CellValue(cell.value(), ValueSymbol.LIMITED_RELIABILITY)
					: CellValue.symbol(ValueSymbol.NOT_RELIABLE);
		}
		return cell;
	}

}
