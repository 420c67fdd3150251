package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.region.Region;

/**
 * A Gemeinde of the report compared with its Kreis and the other Gemeinden of the report,
 * on every figure there is per Gemeinde: inhabitants, share of women, area and density
 * (from the regions) and each indicator with values at Gemeinde level (its latest
 * period). Per figure the Gemeinde's value and rank, the Kreis's value, the Gemeinden's
 * median, lowest and highest; the same in words; the time series of the Gemeinde's
 * indicators; the organisations of the network working in the Gemeinde.
 */
final class ProfileComparison {

	private ProfileComparison() {
	}

	/**
	 * One figure of every Gemeinde of the report.
	 *
	 * @param key the bundle key of its name (report.profile.figure.*), or null for an
	 * indicator
	 * @param label its name with its unit
	 * @param decimals the decimals printed
	 * @param ranking the Gemeinden's known values
	 * @param kreisValue the Kreis's value (for an indicator: null, see {@code entries})
	 * @param indicator the indicator, or null for a figure of the regions
	 * @param period the indicator's period compared, or null
	 * @param entries the indicator's entries of that period by region (symbols included)
	 */
	record Figure(String key, String label, int decimals, Ranking ranking, BigDecimal kreisValue,
			IndicatorDefinition indicator, String period, Map<String, IndicatorValue> entries) {

	}

	/** The figures compared, computed once for all profiles. */
	static List<Figure> figures(ReportComposition report, List<String> gemeinden, String kreis,
			List<IndicatorDefinition> local) {
		ReportData data = report.data();
		Region kreisRegion = data.region(kreis);
		List<Figure> figures = new ArrayList<>();
		Map<String, BigDecimal> population = new LinkedHashMap<>();
		Map<String, BigDecimal> femaleShare = new LinkedHashMap<>();
		Map<String, BigDecimal> area = new LinkedHashMap<>();
		Map<String, BigDecimal> density = new LinkedHashMap<>();
		for (String gemeinde : gemeinden) {
			Region region = data.region(gemeinde);
			population.put(gemeinde, population(region));
			femaleShare.put(gemeinde, femaleShare(region));
			area.put(gemeinde, region.area());
			density.put(gemeinde, density(region));
		}
		figures.add(regionFigure(report, "population", 0, population, population(kreisRegion)));
		figures.add(regionFigure(report, "femaleShare", 1, femaleShare, femaleShare(kreisRegion)));
		figures.add(regionFigure(report, "area", 2, area, kreisRegion.area()));
		figures.add(regionFigure(report, "density", 0, density, density(kreisRegion)));
		for (IndicatorDefinition indicator : local) {
			Map<String, Map<String, IndicatorValue>> values = data.values(indicator.code());
			String period = ProfileChapters.latest(values);
			Map<String, IndicatorValue> entries = new LinkedHashMap<>();
			Map<String, BigDecimal> known = new LinkedHashMap<>();
			for (String region : values.keySet()) {
				IndicatorValue value = values.get(region).get(period);
				if (value != null) {
					entries.put(region, value);
				}
			}
			for (String gemeinde : gemeinden) {
				IndicatorValue value = entries.get(gemeinde);
				known.put(gemeinde, (value != null) ? value.value() : null);
			}
			String label = indicator.regionalTitle(report.locale(), false) + " ("
					+ IndicatorDefinition.displayUnit(indicator.unit()) + ")";
			figures.add(new Figure(null, label, indicator.displayPrecision(), new Ranking(known), null, indicator,
					period, entries));
		}
		return figures;
	}

	private static Figure regionFigure(ReportComposition report, String key, int decimals,
			Map<String, BigDecimal> values, BigDecimal kreisValue) {
		return new Figure(key, report.message("report.profile.figure." + key), decimals, new Ranking(values),
				kreisValue, null, null, Map.of());
	}

	private static BigDecimal population(Region region) {
		return (region.population() != null) ? BigDecimal.valueOf(region.population()) : null;
	}

	private static BigDecimal femaleShare(Region region) {
		if (region.population() == null || region.female() == null || region.population() == 0) {
			return null;
		}
		return BigDecimal.valueOf(region.female() * 100)
			.divide(BigDecimal.valueOf(region.population()), 6, RoundingMode.HALF_UP);
	}

	private static BigDecimal density(Region region) {
		if (region.population() == null || region.area() == null || region.area().signum() <= 0) {
			return null;
		}
		return BigDecimal.valueOf(region.population()).divide(region.area(), 6, RoundingMode.HALF_UP);
	}

	/**
	 * The table: per figure the Gemeinde's value, its rank among the Gemeinden with a
	 * value, the Kreis's value, the median, the lowest and the highest Gemeinde.
	 */
	static void table(ReportComposition report, String key, String kreis, List<Figure> figures, String id) {
		ReportData data = report.data();
		StringBuilder html = report.html();
		String name = data.name(key);
		report.openTable(id + "-comparison", report.message("report.profile.comparison", name, data.name(kreis)),
				"report-comparison");
		html.append("<thead><tr>");
		for (String header : new String[] { report.message("report.profile.figure"), name,
				report.message("report.profile.rank"), data.name(kreis), report.message("report.profile.median"),
				report.message("report.profile.lowest"), report.message("report.profile.highest") }) {
			html.append("<th scope=\"col\">").append(Html.text(header)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (Figure figure : figures) {
			Ranking ranking = figure.ranking();
			html.append("<tr><th scope=\"row\">").append(Html.text(figure.label()));
			if (figure.period() != null) {
				html.append(", ").append(Html.text(figure.period()));
			}
			html.append("</th>");
			String own = value(report, figure, key, false);
			cell(html, own);
			int rank = ranking.rank(key);
			cell(html, (rank > 0) ? report.message("report.profile.rankOf", rank, ranking.size()) : own);
			cell(html, value(report, figure, kreis, true));
			BigDecimal median = ranking.median();
			cell(html, (median != null) ? report.number(median, figure.decimals()) : report.missing());
			cell(html, extreme(report, figure, ranking.bottom()));
			cell(html, extreme(report, figure, ranking.top()));
			html.append("</tr>");
			if (figure.indicator() != null) {
				report.usedCodes.add(figure.indicator().code());
			}
		}
		html.append("</tbody>");
		report.closeTable();
	}

	/** A region's value of a figure as printed (an indicator's symbol kept). */
	private static String value(ReportComposition report, Figure figure, String region, boolean isKreis) {
		if (figure.indicator() != null) {
			return report.printed(figure.indicator(), figure.entries().get(region));
		}
		BigDecimal value = isKreis ? figure.kreisValue() : figure.ranking().value(region);
		return (value != null) ? report.number(value, figure.decimals()) : report.missing();
	}

	private static String extreme(ReportComposition report, Figure figure, Ranking.Entry entry) {
		if (entry == null) {
			return report.missing();
		}
		return report.message("report.profile.extreme", report.number(entry.value(), figure.decimals()),
				report.data().name(entry.region()));
	}

	private static void cell(StringBuilder html, String text) {
		html.append("<td class=\"num\">").append(Html.text(text)).append("</td>");
	}

	/**
	 * The Gemeinde in words: inhabitants and their share of the Kreis, its rank, density
	 * and share of women against the Kreis, the figures where it is highest or lowest of
	 * the Gemeinden, its Samtgemeinde, and how its indicators changed over the years.
	 */
	static void words(ReportComposition report, String key, String kreis, List<String> gemeinden,
			List<Figure> figures) {
		ReportData data = report.data();
		String name = data.name(key);
		String kreisName = data.name(kreis);
		List<String> sentences = new ArrayList<>();
		Figure population = figures.get(0);
		BigDecimal inhabitants = population.ranking().value(key);
		if (inhabitants != null) {
			String share = (population.kreisValue() != null && population.kreisValue().signum() > 0)
					? report.number(inhabitants.multiply(BigDecimal.valueOf(100))
						.divide(population.kreisValue(), 6, RoundingMode.HALF_UP), 1)
					: report.missing();
			sentences.add(report.message("report.profile.words.population", name, report.number(inhabitants, 0), share,
					kreisName, population.ranking().rank(key), population.ranking().size()));
		}
		for (Figure figure : figures.subList(1, 4)) {
			BigDecimal own = figure.ranking().value(key);
			if (own == null || figure.kreisValue() == null || "area".equals(figure.key())) {
				continue;
			}
			int compared = own.setScale(figure.decimals(), RoundingMode.HALF_UP)
				.compareTo(figure.kreisValue().setScale(figure.decimals(), RoundingMode.HALF_UP));
			String direction = (compared > 0) ? "above" : (compared < 0) ? "below" : "equal";
			sentences.add(report.message("report.profile.words." + figure.key() + "." + direction, name,
					report.number(own, figure.decimals()), kreisName,
					report.number(figure.kreisValue(), figure.decimals()), figure.ranking().rank(key),
					figure.ranking().size()));
		}
		List<String> highest = new ArrayList<>();
		List<String> lowest = new ArrayList<>();
		for (Figure figure : figures) {
			String what = (figure.key() != null) ? null : figure.indicator().regionalTitle(report.locale(), false);
			if (figure.ranking().highest(key)) {
				highest.add((what == null) ? report.message("report.profile.most." + figure.key())
						: report.message("report.profile.most.indicator", what));
			}
			if (figure.ranking().lowest(key)) {
				lowest.add((what == null) ? report.message("report.profile.least." + figure.key())
						: report.message("report.profile.least.indicator", what));
			}
		}
		if (!highest.isEmpty() || !lowest.isEmpty()) {
			List<String> all = new ArrayList<>(highest);
			all.addAll(lowest);
			sentences.add(report.message("report.profile.words.extremes", name, population.ranking().size(),
					join(report, all)));
		}
		Region region = data.region(key);
		if (region.verbandKey() != null) {
			List<String> others = new ArrayList<>();
			for (String gemeinde : gemeinden) {
				if (!gemeinde.equals(key) && region.verbandKey().equals(data.region(gemeinde).verbandKey())) {
					others.add(data.name(gemeinde));
				}
			}
			sentences.add(others.isEmpty()
					? report.message("report.profile.words.verband", name, data.verbandName(region.verbandKey()))
					: report.message("report.profile.words.verbandWith", name, data.verbandName(region.verbandKey()),
							join(report, others)));
		}
		for (Figure figure : figures) {
			if (figure.indicator() != null) {
				change(report, figure.indicator(), name, data.values(figure.indicator().code()).get(key), sentences);
			}
		}
		report.paragraph("report-profile-words", String.join(" ", sentences));
	}

	/** How an indicator of the Gemeinde changed from its first to its latest value. */
	private static void change(ReportComposition report, IndicatorDefinition indicator, String name,
			Map<String, IndicatorValue> values, List<String> sentences) {
		if (values == null) {
			return;
		}
		List<IndicatorValue> known = values.values()
			.stream()
			.filter((value) -> value.value() != null)
			.sorted(java.util.Comparator.comparing(IndicatorValue::period))
			.toList();
		if (known.size() < 2) {
			return;
		}
		int decimals = indicator.displayPrecision();
		String unit = IndicatorDefinition.displayUnit(indicator.unit());
		IndicatorValue first = known.get(0);
		IndicatorValue latest = known.get(known.size() - 1);
		int sign = latest.value()
			.setScale(decimals, RoundingMode.HALF_UP)
			.compareTo(first.value().setScale(decimals, RoundingMode.HALF_UP));
		String direction = (sign > 0) ? "up" : (sign < 0) ? "down" : "equal";
		sentences.add(report.message("report.trend." + direction,
				name + ", " + indicator.regionalTitle(report.locale(), false), first.period(),
				report.number(first.value(), decimals) + " " + unit, latest.period(),
				report.number(latest.value(), decimals) + " " + unit));
	}

	private static String join(ReportComposition report, List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + report.message("report.and") + " "
				+ parts.get(parts.size() - 1);
	}

	/**
	 * Per indicator of the Gemeinde with more than one period: its values and the
	 * Kreis's, year by year.
	 */
	static void timeSeries(ReportComposition report, String key, String kreis, List<IndicatorDefinition> local,
			String id) {
		ReportData data = report.data();
		StringBuilder html = report.html();
		int table = 0;
		for (IndicatorDefinition indicator : local) {
			Map<String, Map<String, IndicatorValue>> values = data.values(indicator.code());
			Map<String, IndicatorValue> own = values.getOrDefault(key, Map.of());
			Map<String, IndicatorValue> kreisValues = values.getOrDefault(kreis, Map.of());
			TreeSet<String> periods = new TreeSet<>(own.keySet());
			if (periods.size() < 2) {
				continue;
			}
			table++;
			String title = indicator.regionalTitle(report.locale(), false);
			report.openTable(id + "-series-" + table, report.message("report.profile.series", title,
					IndicatorDefinition.displayUnit(indicator.unit()), data.name(key)), null);
			html.append("<thead><tr><th scope=\"col\">")
				.append(Html.text(report.message("report.period")))
				.append("</th><th scope=\"col\" class=\"num\">")
				.append(Html.text(data.name(key)))
				.append("</th><th scope=\"col\" class=\"num\">")
				.append(Html.text(data.name(kreis)))
				.append("</th></tr></thead><tbody>");
			for (String period : periods) {
				html.append("<tr><th scope=\"row\">").append(Html.text(period)).append("</th>");
				IndicatorChapters.cell(report, indicator, key, period, own.get(period));
				IndicatorChapters.cell(report, indicator, kreis, period, kreisValues.get(period));
				html.append("</tr>");
			}
			html.append("</tbody>");
			report.closeTable();
		}
	}

	/**
	 * The organisations of the network that work in the Gemeinde (by name, with their
	 * kind, fields of work and languages), or a sentence that there are none.
	 */
	static void organisations(ReportComposition report, Region region, List<OrganisationSummary> organisations,
			String id) {
		StringBuilder html = report.html();
		html.append("<h4 class=\"kern-heading report-subheading\">")
			.append(Html.text(report.message("report.profile.network")))
			.append("</h4>");
		if (organisations.isEmpty()) {
			report.paragraph("report-muted", report.message("report.profile.network.none", region.label()));
			return;
		}
		report.openTable(id + "-network", report.message("report.profile.network.table", region.label()), null);
		html.append("<thead><tr><th scope=\"col\">")
			.append(Html.text(report.message("report.profile.network.name")))
			.append("</th><th scope=\"col\">")
			.append(Html.text(report.message("report.profile.network.kind")))
			.append("</th><th scope=\"col\">")
			.append(Html.text(report.message("report.profile.network.fields")))
			.append("</th><th scope=\"col\">")
			.append(Html.text(report.message("report.profile.network.languages")))
			.append("</th></tr></thead><tbody>");
		for (OrganisationSummary organisation : organisations) {
			List<String> fields = organisation.fieldsOfWork()
				.stream()
				.map((field) -> report.messageOr("network.fieldOfWork." + field, field))
				.toList();
			List<String> languages = organisation.languages()
				.stream()
				.map((code) -> Locale.forLanguageTag(code).getDisplayLanguage(report.locale()))
				.filter((language) -> !language.isBlank())
				.toList();
			html.append("<tr><th scope=\"row\">")
				.append(Html.text(organisation.name()))
				.append("</th><td>")
				.append(Html.text((organisation.kind() == null) ? ""
						: report.messageOr("network.kind." + organisation.kind(), organisation.kind())))
				.append("</td><td>")
				.append(Html.text(String.join(", ", fields)))
				.append("</td><td>")
				.append(Html.text(String.join(", ", languages)))
				.append("</td></tr>");
		}
		html.append("</tbody>");
		report.closeTable();
	}

}
