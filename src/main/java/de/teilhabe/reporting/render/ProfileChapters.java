package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.region.Region;
import de.teilhabe.region.RegionSource;
import de.teilhabe.reporting.definition.Chapter;

/**
 * The region profiles: a section per Gemeinde of the report with its population and area
 * (from the regions), the Gemeinde in words and compared with the Kreis and the other
 * Gemeinden of the report on every figure there is per Gemeinde (rank, median, lowest,
 * highest; {@link ProfileComparison}), every indicator of the catalogue that has an entry
 * at Gemeinde level (its latest period beside the Kreis's value, and its time series), a
 * sentence naming the indicators that exist only for the Kreis, and the organisations of
 * the network that work in the Gemeinde.
 */
final class ProfileChapters {

	private ProfileChapters() {
	}

	/** The indicators with an entry for a Gemeinde of the report. */
	static List<IndicatorDefinition> atGemeindeLevel(ReportComposition report) {
		List<String> gemeinden = IndicatorChapters.gemeinden(report);
		List<IndicatorDefinition> found = new ArrayList<>();
		for (IndicatorDefinition indicator : report.data().catalogue().values()) {
			Map<String, Map<String, IndicatorValue>> values = report.data().values(indicator.code());
			if (gemeinden.stream().anyMatch(values::containsKey)) {
				found.add(indicator);
			}
		}
		return found;
	}

	static void render(ReportComposition report, Chapter chapter, int number, RenderProgress progress,
			Map<String, List<OrganisationSummary>> organisations) {
		List<String> gemeinden = IndicatorChapters.gemeinden(report);
		if (gemeinden.isEmpty()) {
			report.paragraph(null, report.message("report.profiles.none"));
			return;
		}
		List<IndicatorDefinition> local = atGemeindeLevel(report);
		List<String> kreisOnly = new ArrayList<>();
		String kreis = report.definition().regionKeys().get(0);
		for (IndicatorDefinition indicator : report.data().catalogue().values()) {
			if (!local.contains(indicator) && report.data().values(indicator.code()).containsKey(kreis)) {
				kreisOnly.add(indicator.regionalTitle(report.locale(), false));
			}
		}
		List<ProfileComparison.Figure> figures = ProfileComparison.figures(report, gemeinden, kreis, local);
		int section = 0;
		for (String gemeinde : gemeinden) {
			if (progress.cancelled()) {
				throw new RenderCancelledException();
			}
			section++;
			profile(report, new Profile(gemeinde, kreis, gemeinden, local, kreisOnly, figures,
					organisations.getOrDefault(gemeinde, List.of())), "c" + number + "-" + section);
		}
	}

	/** What one profile shows. */
	private record Profile(String key, String kreis, List<String> gemeinden, List<IndicatorDefinition> local,
			List<String> kreisOnly, List<ProfileComparison.Figure> figures, List<OrganisationSummary> organisations) {

	}

	private static void profile(ReportComposition report, Profile profile, String id) {
		ReportData data = report.data();
		String key = profile.key();
		String kreis = profile.kreis();
		Region region = data.region(key);
		report.openSection(id, region.label(), "report-profile");
		StringBuilder html = report.html();
		facts(report, region, id);
		ProfileComparison.words(report, key, kreis, profile.gemeinden(), profile.figures());
		ProfileComparison.table(report, key, kreis, profile.figures(), id);
		if (profile.local().isEmpty()) {
			report.paragraph("report-kreis-only", report.message("report.profile.noLocal"));
		}
		else {
			report.openTable(id + "-figures", report.message("report.profile.table", region.label()), null);
			html.append("<thead><tr><th scope=\"col\">")
				.append(Html.text(report.message("report.profile.indicator")))
				.append("</th><th scope=\"col\">")
				.append(Html.text(report.message("report.period")))
				.append("</th><th scope=\"col\" class=\"num\">")
				.append(Html.text(region.label()))
				.append("</th><th scope=\"col\" class=\"num\">")
				.append(Html.text(data.name(kreis)))
				.append("</th></tr></thead><tbody>");
			for (IndicatorDefinition indicator : profile.local()) {
				Map<String, Map<String, IndicatorValue>> values = data.values(indicator.code());
				Map<String, IndicatorValue> own = values.getOrDefault(key, Map.of());
				String period = own.isEmpty() ? latest(values) : latestKnown(own);
				html.append("<tr><th scope=\"row\">")
					.append(Html.text(indicator.regionalTitle(report.locale(), false)))
					.append(" (")
					.append(Html.text(IndicatorDefinition.displayUnit(indicator.unit())))
					.append(")</th><td>")
					.append(Html.text(period))
					.append("</td>");
				IndicatorChapters.cell(report, indicator, key, period, own.get(period));
				IndicatorChapters.cell(report, indicator, kreis, period,
						values.getOrDefault(kreis, Map.of()).get(period));
				html.append("</tr>");
				report.usedCodes.add(indicator.code());
			}
			html.append("</tbody>");
			report.closeTable();
			ProfileComparison.timeSeries(report, key, kreis, profile.local(), id);
		}
		if (!profile.kreisOnly().isEmpty()) {
			report.paragraph("report-kreis-only", report.message("report.profile.kreisOnly", data.name(kreis),
					String.join("; ", profile.kreisOnly())));
		}
		ProfileComparison.organisations(report, region, profile.organisations(), id);
		report.closeSection();
	}

	/** The latest period with a value, else the latest with an entry. */
	private static String latestKnown(Map<String, IndicatorValue> values) {
		String latest = null;
		String latestEntry = null;
		for (IndicatorValue value : values.values()) {
			if (latestEntry == null || value.period().compareTo(latestEntry) > 0) {
				latestEntry = value.period();
			}
			if (value.value() != null && (latest == null || value.period().compareTo(latest) > 0)) {
				latest = value.period();
			}
		}
		return (latest != null) ? latest : latestEntry;
	}

	/** The latest period any region has. */
	static String latest(Map<String, Map<String, IndicatorValue>> values) {
		String latest = "";
		for (Map<String, IndicatorValue> periods : values.values()) {
			for (String period : periods.keySet()) {
				latest = (period.compareTo(latest) > 0) ? period : latest;
			}
		}
		return latest;
	}

	/** Population, area and density from the regions, with their source. */
	private static void facts(ReportComposition report, Region region, String id) {
		StringBuilder html = report.html();
		RegionSource source = report.data().regions().source();
		report.openTable(id + "-facts", report.message("report.profile.facts", region.label()), "report-facts");
		html.append("<tbody>");
		if (region.kind() != null) {
			fact(html, report.message("report.profile.kind"), region.kind());
		}
		if (region.verbandKey() != null) {
			fact(html, report.message("report.profile.verband"), report.data().verbandName(region.verbandKey()));
		}
		String asOf = (source.populationDate() != null)
				? report.date(source.populationDate().atStartOfDay(ReportComposition.BERLIN).toInstant()) : "";
		if (region.population() != null) {
			fact(html, report.message("report.profile.population", asOf),
					report.number(BigDecimal.valueOf(region.population()), 0));
			if (region.female() != null) {
				fact(html, report.message("report.profile.female"),
						report.number(BigDecimal.valueOf(region.female()), 0));
			}
		}
		if (region.area() != null) {
			fact(html, report.message("report.profile.area"), report.number(region.area(), 2));
			if (region.population() != null && region.area().signum() > 0) {
				fact(html, report.message("report.profile.density"), report
					.number(BigDecimal.valueOf(region.population()).divide(region.area(), 0, RoundingMode.HALF_UP), 0));
			}
		}
		if (region.urbanisation() != null) {
			fact(html, report.message("report.profile.urbanisation"), region.urbanisation());
		}
		html.append("</tbody>");
		report.closeTable();
		report.paragraph("report-source", report.message("report.profile.source", source.attribution(),
				source.licence(), (source.gebietsstand() == null) ? ""
						: report.date(source.gebietsstand().atStartOfDay(ReportComposition.BERLIN).toInstant())));
	}

	private static void fact(StringBuilder html, String term, String value) {
		html.append("<tr><th scope=\"row\">")
			.append(Html.text(term))
			.append("</th><td class=\"num\">")
			.append(Html.text(value))
			.append("</td></tr>");
	}

}
