package de.teilhabe.monitoring.statistics.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * CSV export of the Statistik der Bundesagentur für Arbeit: a metadata block
 * ({@code "Region";"Deutschland";"Regionsschlüssel:";"d"}, {@code Berichtsjahr},
 * {@code Indikator}, further selections such as {@code Staatsangehörigkeit}), a header
 * whose first column is the breakdown ({@code Merkmal}) and whose other columns are
 * measures, data rows with {@code .} as thousands separator, and a footer (export date,
 * terms of use) after an empty line. Each measure column is a series; selections from the
 * metadata block are dimensions with one value.
 */
final class BaExportParser implements FormatParser {

	private static final Set<String> KNOWN_KEYS = Set.of("region", "gebietsstand", "berichtsjahr", "datenstand",
			"indikator", "hinweise", "hinweis", "fußnote", "fußnoten");

	/** A key with an explanation glued on: "StaatsangehörigkeitEs werden …". */
	private static final Pattern GLUED_NOTE = Pattern.compile("([\\p{L}-]+?)(\\p{Lu}\\p{Ll}*\\s.*)");

	private final RegionResolver regions;

	BaExportParser(RegionResolver regions) {
		this.regions = regions;
	}

	@Override
	public Result parse(CsvReader<CsvRecord> records, ImportSink sink) {
		Iterator<CsvRecord> rows = records.iterator();
		List<String> notes = new ArrayList<>();
		Map<String, String> fixedDimensions = new LinkedHashMap<>();
		String regionCode = null;
		String regionName = null;
		String year = null;
		String indicator = null;
		List<String> header = null;
		long headerLine = 0;
		boolean afterBlank = false;
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			if (FormatParser.blank(row)) {
				afterBlank = true;
				continue;
			}
			String key = FormatParser.field(row, 0);
			String normalisedKey = key.toLowerCase(Locale.GERMAN).replaceAll(":$", "").strip();
			String value = FormatParser.field(row, 1);
			if (normalisedKey.equals("region")) {
				regionName = value;
				if (FormatParser.field(row, 2).toLowerCase(Locale.GERMAN).startsWith("regionsschlüssel")) {
					regionCode = FormatParser.field(row, 3);
				}
			}
			else if (normalisedKey.startsWith("regionsschlüssel")) {
				regionCode = value;
			}
			else if (normalisedKey.equals("berichtsjahr")) {
				year = value;
			}
			else if (normalisedKey.equals("indikator")) {
				indicator = value;
			}
			else if (KNOWN_KEYS.contains(normalisedKey)) {
				notes.add(key.replaceAll(":$", "") + ": " + value);
			}
			else if (!afterBlank) {
				Matcher glued = GLUED_NOTE.matcher(key);
				String name = glued.matches() ? glued.group(1) : key;
				if (glued.matches()) {
					notes.add(glued.group(2));
				}
				fixedDimensions.put(name, value);
			}
			else {
				header = row.getFields().stream().map(String::strip).toList();
				headerLine = row.getStartingLineNumber();
				break;
			}
		}
		List<String> missing = new ArrayList<>();
		if (regionCode == null || regionCode.isEmpty()) {
			missing.add("Regionsschlüssel");
		}
		if (year == null || year.isEmpty()) {
			missing.add("Berichtsjahr");
		}
		if (header == null || header.size() < 2) {
			missing.add("Merkmal and value columns");
		}
		if (!missing.isEmpty()) {
			throw StatisticsFileException.missingColumns(StatisticsFormat.BA_EXPORT, missing);
		}
		Optional<Period> period = Period.parse(year);
		if (period.isEmpty()) {
			throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
					"Berichtsjahr '" + year + "' is not a year.", "monitoring.fileError.detail.notAYear", year);
		}
		var region = this.regions.resolve(regionCode, regionName);
		List<String> dimensionNames = new ArrayList<>();
		dimensionNames.add(header.get(0).isEmpty() ? "Merkmal" : header.get(0));
		dimensionNames.addAll(fixedDimensions.keySet());
		List<String> seriesCodes = new ArrayList<>();
		for (int i = 1; i < header.size(); i++) {
			String measure = header.get(i);
			String code = "BA:" + (indicator == null ? "" : indicator) + ":" + measure;
			seriesCodes.add(code);
			sink.series(new SeriesDefinition(code, measure, measure.contains("%") ? "%" : "Anzahl",
					"Statistik der Bundesagentur für Arbeit" + (indicator == null ? "" : ", " + indicator),
					ImportSettings.BA_ATTRIBUTION, dimensionNames));
		}
		long rowsRead = 0;
		boolean footer = false;
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			if (FormatParser.blank(row)) {
				footer = rowsRead > 0;
				continue;
			}
			String breakdown = FormatParser.field(row, 0);
			if (footer || breakdown.startsWith("Exportdatum") || breakdown.startsWith("©")) {
				footer = true;
				if (breakdown.startsWith("©") && notes.size() < 20) {
					notes.add(breakdown);
				}
				continue;
			}
			rowsRead++;
			long line = row.getStartingLineNumber();
			if (!region.resolved()) {
				sink.rejected(RejectedRow.of(line, "Regionsschlüssel", region.reason()));
				continue;
			}
			Map<String, String> dimensions = new LinkedHashMap<>();
			dimensions.put(dimensionNames.get(0), breakdown);
			dimensions.putAll(fixedDimensions);
			for (int i = 1; i < header.size(); i++) {
				String raw = FormatParser.field(row, i);
				CellValue cell = ValueReader.read(raw, NumberStyle.DECIMAL_COMMA);
				if (cell == null) {
					sink.rejected(
							RejectedRow.of(line, header.get(i), Reason.of("value.notANumber", raw, "-, *, ., x")));
					continue;
				}
				sink.observation(new Observation(seriesCodes.get(i - 1), region.key(), period.get(), dimensions,
						cell.value(), cell.symbol(), null, null, line));
			}
		}
		if (headerLine == 0) {
			notes.add("no header");
		}
		return new Result(rowsRead, notes);
	}

}
