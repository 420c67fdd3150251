package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.reporting.definition.Chapter;
import de.teilhabe.shared.chart.Chart;

/**
 * The chapter of indicators: per indicator the trend sentence, the chart of the Kreis and
 * the Land (as on the monitoring pages) with its data table, the Gemeinden's values in a
 * second table, the definition, source and licence, and the footnote of the symbols.
 */
final class IndicatorChapters {

	/** The Gemeinden's table shows this many of the latest periods. */
	static final int GEMEINDE_PERIODS = 3;

	private IndicatorChapters() {
	}

	/** The indicators of a chapter: its codes, else its theme's. */
	static List<IndicatorDefinition> indicators(ReportData data, Chapter chapter) {
		if (!chapter.indicatorCodes().isEmpty()) {
			List<IndicatorDefinition> chosen = new ArrayList<>();
			chapter.indicatorCodes().forEach((code) -> data.indicator(code).ifPresent(chosen::add));
			return chosen;
		}
		return (chapter.theme() == null) ? List.of() : data.theme(chapter.theme());
	}

	static void render(ReportComposition report, Chapter chapter, int number) {
		List<IndicatorDefinition> indicators = indicators(report.data(), chapter);
		if (indicators.isEmpty()) {
			report.paragraph(null, report.message("report.indicators.none"));
			return;
		}
		int section = 0;
		for (IndicatorDefinition indicator : indicators) {
			section++;
			indicator(report, indicator, "c" + number + "-" + section);
		}
	}

	private static void indicator(ReportComposition report, IndicatorDefinition indicator, String id) {
		ReportData data = report.data();
		String kreis = report.definition().regionKeys().get(0);
		String land = ReportData.land(kreis);
		String title = indicator.regionalTitle(report.locale(), false);
		String unit = IndicatorDefinition.displayUnit(indicator.unit());
		report.openSection(id, title, "report-indicator");
		Map<String, Map<String, IndicatorValue>> values = data.values(indicator.code());
		Map<String, IndicatorValue> kreisValues = values.getOrDefault(kreis, Map.of());
		Map<String, IndicatorValue> landValues = kreis.equals(land) ? Map.of() : values.getOrDefault(land, Map.of());
		TreeSet<String> periodSet = new TreeSet<>(kreisValues.keySet());
		periodSet.addAll(landValues.keySet());
		List<String> periods = List.copyOf(periodSet);
		StringBuilder html = report.html();
		html.append("<p class=\"report-unit\">")
			.append(Html.text(report.message("report.indicator.unit", unit)))
			.append("</p>");
		trend(report, indicator, kreis, kreisValues, land, landValues, unit);
		String kreisName = data.name(kreis);
		if (periods.isEmpty()) {
			report.paragraph("report-empty", report.message("report.indicator.noValues", kreisName));
		}
		else {
			chart(report, indicator, id, title, periods, kreis, kreisValues, land, landValues, unit);
			kreisTable(report, indicator, id, title, periods, kreis, kreisValues, land, landValues, unit);
		}
		gemeindeTable(report, indicator, id, title, values, kreisName, unit);
		kreisComparison(report, indicator, id, title, kreis, kreisValues, unit);
		if (indicator.definition() != null && !indicator.definition().isBlank()) {
			html.append("<p class=\"report-definition\"><strong>")
				.append(Html.text(report.message("report.indicator.definition")))
				.append("</strong> ")
				.append(Html.text(indicator.definition()))
				.append("</p>");
		}
		source(report, indicator);
		report.closeSection();
		report.usedCodes.add(indicator.code());
	}

	/** The source and licence line under an indicator's tables. */
	static void source(ReportComposition report, IndicatorDefinition indicator) {
		report.paragraph("report-source", report.message("report.indicator.source", indicator.attribution(),
				(indicator.licence() == null) ? "" : indicator.licence()));
	}

	/**
	 * The trend in words: the Kreis's first and latest value, up or down and whether that
	 * is better (by the polarity), and the Land's latest value to compare.
	 */
	private static void trend(ReportComposition report, IndicatorDefinition indicator, String kreis,
			Map<String, IndicatorValue> kreisValues, String land, Map<String, IndicatorValue> landValues, String unit) {
		List<IndicatorValue> known = kreisValues.values().stream().filter((v) -> v.value() != null).toList();
		if (known.isEmpty()) {
			return;
		}
		int decimals = indicator.displayPrecision();
		IndicatorValue first = known.get(0);
		IndicatorValue latest = known.get(known.size() - 1);
		String name = report.data().name(kreis);
		StringBuilder sentence = new StringBuilder();
		String latestText = report.number(latest.value(), decimals) + " " + unit;
		if (first == latest) {
			sentence.append(report.message("report.trend.single", name, latest.period(), latestText));
		}
		else {
			BigDecimal from = first.value().setScale(decimals, java.math.RoundingMode.HALF_UP);
			BigDecimal to = latest.value().setScale(decimals, java.math.RoundingMode.HALF_UP);
			int sign = to.compareTo(from);
			String direction = (sign > 0) ? "up" : (sign < 0) ? "down" : "equal";
			String judgement = (sign == 0 || indicator.polarity() == Polarity.NEUTRAL) ? "neutral"
					: ((sign > 0) == (indicator.polarity() == Polarity.HIGHER_IS_BETTER)) ? "better" : "worse";
			sentence.append(report.message("report.trend." + direction, name, first.period(),
					report.number(first.value(), decimals) + " " + unit, latest.period(), latestText));
			sentence.append(' ').append(report.message("report.trend.judgement." + judgement));
		}
		IndicatorValue landLatest = landValues.get(latest.period());
		if (landLatest != null && landLatest.value() != null) {
			sentence.append(' ')
				.append(report.message("report.trend.land", report.data().name(land), latest.period(),
						report.number(landLatest.value(), decimals) + " " + unit));
		}
		report.paragraph("report-trend", sentence.toString());
	}

	private static void chart(ReportComposition report, IndicatorDefinition indicator, String id, String title,
			List<String> periods, String kreis, Map<String, IndicatorValue> kreisValues, String land,
			Map<String, IndicatorValue> landValues, String unit) {
		ReportData data = report.data();
		List<Chart.Series> lines = new ArrayList<>();
		lines.add(new Chart.Series(data.name(kreis), "region", numbers(kreisValues)));
		boolean withLand = withLand(kreis, land, landValues);
		if (withLand) {
			lines.add(new Chart.Series(data.name(land), "land", numbers(landValues)));
		}
		int decimals = indicator.displayPrecision();
		String lines2 = withLand ? data.name(kreis) + ", " + data.name(land) : data.name(kreis);
		String description = report.message("report.chart.description", lines2, periods.get(0),
				periods.get(periods.size() - 1), unit);
		String figure = Chart.line(id + "-chart")
			.title(title + " – " + data.name(kreis))
			.description(description)
			.source(report.message("report.indicator.source", indicator.attribution(),
					(indicator.licence() == null) ? "" : indicator.licence()))
			.categories(report.message("report.period"), periods)
			.series(lines)
			.values((value) -> report.number(value, decimals) + " " + unit)
			.locale(report.locale())
			.emptyMessage(report.message("report.chart.empty"))
			.rightAxisNote(report.message("report.chart.rightAxis"))
			.build()
			.figureWithoutTable();
		if (report.pdf()) {
			// the PDF's Figure tag takes its alternative text from the alt attribute
			figure = figure.replaceFirst("<svg ", "<svg alt=\"" + Html.text(description) + "\" ");
		}
		report.html().append(figure);
	}

	/**
	 * Whether the Land has a line and a column beside the Kreis: not for a report on the
	 * Land, nor where the Land has no entry at all (the tenant's own counts, published
	 * for its own regions only).
	 */
	private static boolean withLand(String kreis, String land, Map<String, IndicatorValue> landValues) {
		return !kreis.equals(land) && !landValues.isEmpty();
	}

	private static Map<String, BigDecimal> numbers(Map<String, IndicatorValue> values) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		values.forEach((period, value) -> numbers.put(period, value.value()));
		return numbers;
	}

	/** The chart's data: per period the Kreis's and the Land's value. */
	private static void kreisTable(ReportComposition report, IndicatorDefinition indicator, String id, String title,
			List<String> periods, String kreis, Map<String, IndicatorValue> kreisValues, String land,
			Map<String, IndicatorValue> landValues, String unit) {
		ReportData data = report.data();
		boolean withLand = withLand(kreis, land, landValues);
		StringBuilder html = report.html();
		report.openTable(id + "-table", report.message("report.table.kreis", title, unit), null);
		html.append("<thead><tr><th scope=\"col\">")
			.append(Html.text(report.message("report.period")))
			.append("</th><th scope=\"col\" class=\"num\">")
			.append(Html.text(data.name(kreis)))
			.append("</th>");
		if (withLand) {
			html.append("<th scope=\"col\" class=\"num\">").append(Html.text(data.name(land))).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (String period : periods) {
			html.append("<tr><th scope=\"row\">").append(Html.text(period)).append("</th>");
			cell(report, indicator, kreis, period, kreisValues.get(period));
			if (withLand) {
				cell(report, indicator, land, period, landValues.get(period));
			}
			html.append("</tr>");
		}
		html.append("</tbody>");
		report.closeTable();
	}

	/**
	 * The Gemeinden of the report with the latest periods of the indicator, or a sentence
	 * that it exists only for the Kreis.
	 */
	private static void gemeindeTable(ReportComposition report, IndicatorDefinition indicator, String id, String title,
			Map<String, Map<String, IndicatorValue>> values, String kreisName, String unit) {
		List<String> gemeinden = gemeinden(report);
		if (gemeinden.isEmpty()) {
			return;
		}
		TreeSet<String> periodSet = new TreeSet<>();
		for (String gemeinde : gemeinden) {
			periodSet.addAll(values.getOrDefault(gemeinde, Map.of()).keySet());
		}
		if (periodSet.isEmpty()) {
			String kreis = report.definition().regionKeys().get(0);
			boolean kreisHasEntries = values.containsKey(kreis);
			String land = report.data().name(ReportData.land(kreis));
			// an indicator of the Land only (e.g. from the Mikrozensus) says so
			report.paragraph("report-kreis-only",
					kreisHasEntries ? report.message("report.indicator.kreisOnly", kreisName)
							: report.message("report.indicator.landOnly", land));
			return;
		}
		List<String> periods = new ArrayList<>(periodSet.descendingSet());
		periods = new ArrayList<>(periods.subList(0, Math.min(GEMEINDE_PERIODS, periods.size())));
		java.util.Collections.reverse(periods);
		StringBuilder html = report.html();
		report.openTable(id + "-gemeinden", report.message("report.table.gemeinden", title, unit), null);
		html.append("<thead><tr><th scope=\"col\">").append(Html.text(report.message("report.region"))).append("</th>");
		for (String period : periods) {
			html.append("<th scope=\"col\" class=\"num\">").append(Html.text(period)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (String gemeinde : gemeinden) {
			Map<String, IndicatorValue> own = values.getOrDefault(gemeinde, Map.of());
			html.append("<tr><th scope=\"row\">").append(Html.text(report.data().name(gemeinde))).append("</th>");
			for (String period : periods) {
				cell(report, indicator, gemeinde, period, own.get(period));
			}
			html.append("</tr>");
		}
		html.append("</tbody>");
		report.closeTable();
	}

	/**
	 * The Kreis among the Kreise and kreisfreie Städte of its Land in the latest period
	 * it has a value: a sentence with its rank, the median, the highest and the lowest,
	 * and the table of all of them by value (highest first; those without a value last,
	 * with their symbol). Only for a report on a Kreis.
	 */
	private static void kreisComparison(ReportComposition report, IndicatorDefinition indicator, String id,
			String title, String kreis, Map<String, IndicatorValue> kreisValues, String unit) {
		if (kreis.length() != 5) {
			return;
		}
		String period = null;
		for (IndicatorValue value : kreisValues.values()) {
			if (value.value() != null && (period == null || value.period().compareTo(period) > 0)) {
				period = value.period();
			}
		}
		if (period == null) {
			return;
		}
		List<IndicatorValue> entries = report.data().ranking(indicator.code(), period);
		Map<String, BigDecimal> known = new LinkedHashMap<>();
		for (IndicatorValue entry : entries) {
			known.put(entry.region(), entry.value());
		}
		Ranking ranking = new Ranking(known);
		if (ranking.size() < 2 || ranking.rank(kreis) == 0) {
			return;
		}
		ReportData data = report.data();
		int decimals = indicator.displayPrecision();
		String land = data.name(ReportData.land(kreis));
		BigDecimal median = ranking.median();
		report.paragraph("report-trend", report.message("report.kreisComparison.words", data.name(kreis), period,
				report.number(ranking.value(kreis), decimals) + " " + unit, ranking.rank(kreis), ranking.size(), land,
				report.number(median, decimals) + " " + unit,
				report.number(ranking.top().value(), decimals) + " " + unit, data.name(ranking.top().region()),
				report.number(ranking.bottom().value(), decimals) + " " + unit, data.name(ranking.bottom().region())));
		StringBuilder html = report.html();
		report.openTable(id + "-kreise", report.message("report.kreisComparison.table", title, unit, land, period),
				null);
		html.append("<thead><tr><th scope=\"col\" class=\"num\">")
			.append(Html.text(report.message("report.kreisComparison.rank")))
			.append("</th><th scope=\"col\">")
			.append(Html.text(report.message("report.region")))
			.append("</th><th scope=\"col\" class=\"num\">")
			.append(Html.text(period))
			.append("</th></tr></thead><tbody>");
		List<String> order = new ArrayList<>();
		ranking.descending().forEach((entry) -> order.add(entry.region()));
		entries.stream().filter((entry) -> entry.value() == null).forEach((entry) -> order.add(entry.region()));
		Map<String, IndicatorValue> byRegion = new LinkedHashMap<>();
		entries.forEach((entry) -> byRegion.put(entry.region(), entry));
		for (String region : order) {
			int rank = ranking.rank(region);
			boolean own = region.equals(kreis);
			html.append(own ? "<tr class=\"report-own\">" : "<tr>")
				.append("<td class=\"num\">")
				.append((rank > 0) ? rank : "")
				.append("</td><th scope=\"row\">")
				.append(own ? "<strong>" : "")
				.append(Html.text(data.name(region)))
				.append(own ? "</strong>" : "")
				.append("</th>");
			cell(report, indicator, region, period, byRegion.get(region));
			html.append("</tr>");
		}
		html.append("</tbody>");
		report.closeTable();
	}

	/** The Gemeinden of the report (every region key below the Kreis). */
	static List<String> gemeinden(ReportComposition report) {
		List<String> keys = report.definition().regionKeys();
		return keys.subList(1, keys.size()).stream().filter((key) -> key.length() == 8).toList();
	}

	/** A value cell, with the figure recorded. */
	static void cell(ReportComposition report, IndicatorDefinition indicator, String region, String period,
			IndicatorValue value) {
		String printed = report.printed(indicator, value);
		report.html().append("<td class=\"num\">").append(Html.text(printed)).append("</td>");
		report.figure("indicator:" + indicator.code() + ":" + region + ":" + period,
				indicator.title(report.locale()) + ", " + report.data().name(region) + ", " + period, printed,
				"FIGURE");
	}

}
