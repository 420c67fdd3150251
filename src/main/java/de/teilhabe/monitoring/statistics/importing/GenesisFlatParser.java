package de.teilhabe.monitoring.statistics.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * GENESIS flat file "ffcsv":
 * {@code statistics_code;statistics_label;time_code;time_label;
 * time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;
 * …;value;value_unit;value_variable_code;value_variable_label;value_q}. A series is
 * (table, value variable, unit): the same cell appears once per unit ({@code %} and
 * {@code Anzahl}). Regional variables (GEO…) give the region; every other variable is a
 * dimension named by its label. {@code value_q} holds the quality letter.
 */
final class GenesisFlatParser implements FormatParser {

	private static final Pattern VARIABLE_COLUMN = Pattern
		.compile("(\\d+)_variable_(code|label|attribute_code|attribute_label)");

	private static final List<String> REQUIRED = List.of("statistics_code", "time_code", "time", "value", "value_unit",
			"value_variable_code");

	private static final Set<Character> QUALITY_LETTERS = Set.of('p', 'r', 's', 'e');

	private final RegionResolver regions;

	GenesisFlatParser(RegionResolver regions) {
		this.regions = regions;
	}

	/** Column positions of one classifying variable. */
	private record Variable(int code, int label, int attributeCode, int attributeLabel) {

	}

	@Override
	public Result parse(CsvReader<CsvRecord> records, ImportSink sink) {
		Iterator<CsvRecord> rows = records.iterator();
		List<String> header = rows.next().getFields().stream().map((c) -> c.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> columns = new HashMap<>();
		Map<Integer, Map<String, Integer>> variableColumns = new TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i), i);
			Matcher matcher = VARIABLE_COLUMN.matcher(header.get(i));
			if (matcher.matches()) {
				variableColumns.computeIfAbsent(Integer.parseInt(matcher.group(1)), (n) -> new HashMap<>())
					.put(matcher.group(2), i);
			}
		}
		List<String> missing = new ArrayList<>(REQUIRED.stream().filter((c) -> !columns.containsKey(c)).toList());
		List<Variable> variables = new ArrayList<>();
		variableColumns.forEach((number, found) -> {
			for (String part : List.of("code", "attribute_code")) {
				if (!found.containsKey(part)) {
					missing.add(number + "_variable_" + part);
				}
			}
			variables.add(new Variable(found.getOrDefault("code", -1), found.getOrDefault("label", -1),
					found.getOrDefault("attribute_code", -1), found.getOrDefault("attribute_label", -1)));
		});
		if (!missing.isEmpty()) {
			throw StatisticsFileException.missingColumns(StatisticsFormat.GENESIS_FLAT, missing);
		}
		int statisticsCode = columns.get("statistics_code");
		int statisticsLabel = columns.getOrDefault("statistics_label", -1);
		int timeCode = columns.get("time_code");
		int time = columns.get("time");
		int value = columns.get("value");
		int unit = columns.get("value_unit");
		int variableCode = columns.get("value_variable_code");
		int variableLabel = columns.getOrDefault("value_variable_label", -1);
		int quality = columns.getOrDefault("value_q", -1);
		Set<String> announced = new HashSet<>();
		long rowsRead = 0;
		while (rows.hasNext()) {
			CsvRecord row = rows.next();
			if (FormatParser.blank(row)) {
				continue;
			}
			rowsRead++;
			long line = row.getStartingLineNumber();
			String timeText = FormatParser.field(row, time);
			Optional<Period> period = period(FormatParser.field(row, timeCode), timeText);
			if (period.isEmpty()) {
				sink.rejected(RejectedRow.of(line, "time",
						Reason.of("period.invalidForTimeCode", timeText, FormatParser.field(row, timeCode))));
				continue;
			}
			String regionKey = this.regions.defaultRegion();
			Reason regionReason = null;
			Map<String, String> dimensions = new LinkedHashMap<>();
			for (Variable variable : variables) {
				String code = FormatParser.field(row, variable.code());
				String attribute = FormatParser.field(row, variable.attributeCode());
				if (code.toUpperCase(Locale.ROOT).startsWith("GEO")) {
					var region = this.regions.resolveGenesis(code, attribute);
					regionKey = region.key();
					regionReason = region.reason();
				}
				else if (!code.isEmpty()) {
					String name = FormatParser.field(row, variable.label());
					String attributeLabel = FormatParser.field(row, variable.attributeLabel());
					dimensions.put(name.isEmpty() ? code : name, attributeLabel.isEmpty() ? attribute : attributeLabel);
				}
			}
			if (regionKey == null) {
				sink.rejected(RejectedRow.of(line, "variable_attribute_code", regionReason));
				continue;
			}
			String valueText = FormatParser.field(row, value);
			String qualityText = FormatParser.field(row, quality);
			CellValue cell = ValueReader.read(valueText, NumberStyle.GENESIS);
			if (cell != null && cell.symbol() == ValueSymbol.MISSING && !qualityText.isEmpty()) {
				// some exports put the symbol into value_q and leave value empty
				CellValue fromQuality = ValueReader.read(qualityText, NumberStyle.GENESIS);
				if (fromQuality != null && fromQuality.value() == null && fromQuality.symbol() != null) {
					cell = fromQuality;
					qualityText = "";
				}
			}
			if (cell == null) {
				sink.rejected(RejectedRow.of(line, "value",
						Reason.of("value.notANumber", valueText, "-, 0, ., ..., /, x, ( )")));
				continue;
			}
			Character qualityLetter = null;
			String note = null;
			if (qualityText.length() == 1 && QUALITY_LETTERS.contains(Character.toLowerCase(qualityText.charAt(0)))) {
				qualityLetter = Character.toLowerCase(qualityText.charAt(0));
			}
			else if (!qualityText.isEmpty()) {
				note = "Qualitätskennzeichen " + qualityText;
			}
			String unitText = FormatParser.field(row, unit);
			String seriesCode = FormatParser.field(row, statisticsCode) + ":" + FormatParser.field(row, variableCode)
					+ ":" + unitText;
			if (announced.add(seriesCode)) {
				String label = FormatParser.field(row, variableLabel);
				String table = FormatParser.field(row, statisticsCode) + " " + FormatParser.field(row, statisticsLabel);
				sink.series(new SeriesDefinition(seriesCode,
						label.isEmpty() ? FormatParser.field(row, variableCode) : label, unitText,
						"GENESIS " + table.strip(), ImportSettings.GENESIS_ATTRIBUTION,
						List.copyOf(dimensions.keySet())));
			}
			sink.observation(new Observation(seriesCode, regionKey, period.get(), dimensions, cell.value(),
					cell.symbol(), qualityLetter, note, line));
		}
		return new Result(rowsRead, List.of());
	}

	private static Optional<Period> period(String timeCode, String time) {
		Optional<Period> period = Period.parse(time);
		Period.Kind expected = switch (timeCode.toUpperCase(Locale.ROOT)) {
			case "JAHR" -> Period.Kind.YEAR;
			case "STAG" -> Period.Kind.DATE;
			case "MONAT" -> Period.Kind.MONTH;
			default -> null;
		};
		return (expected == null) ? period : period.filter((p) -> p.kind() == expected);
	}

}
