package de.teilhabe.reporting.render;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.region.RegionSource;

/**
 * Sources and methods: every indicator whose figures the report prints with its source,
 * licence and the date of its data, the source of the regions, and every value symbol
 * explained.
 */
final class SourceChapters {

	/** Every symbol a report may print, in the order the chapter explains them. */
	static final List<String> SYMBOLS = List.of("SECRET", "OWN_SECRET", "BLOCKED", "NOT_RELIABLE", "LATER",
			"ANONYMISED", "ZERO_DENOMINATOR", "MISSING");

	private SourceChapters() {
	}

	static void render(ReportComposition report, int number) {
		StringBuilder html = report.html();
		ReportData data = report.data();
		if (!report.usedCodes.isEmpty()) {
			report.openTable("c" + number + "-series", report.message("report.sources.table"), null);
			html.append("<thead><tr>");
			for (String column : List.of("indicator", "source", "licence", "asOf")) {
				html.append("<th scope=\"col\">")
					.append(Html.text(report.message("report.sources." + column)))
					.append("</th>");
			}
			html.append("</tr></thead><tbody>");
			for (String code : report.usedCodes) {
				IndicatorDefinition indicator = data.indicator(code).orElse(null);
				if (indicator == null) {
					continue;
				}
				Instant asOf = data.dataAsOf(Set.of(code));
				html.append("<tr><th scope=\"row\">")
					.append(Html.text(indicator.title(report.locale())))
					.append("</th><td>")
					.append(Html.text(indicator.attribution()))
					.append("</td><td>")
					.append(Html.text((indicator.licence() == null) ? "" : indicator.licence()))
					.append("</td><td>")
					.append(Html.text((asOf == null) ? "" : report.date(asOf)))
					.append("</td></tr>");
			}
			html.append("</tbody>");
			report.closeTable();
		}
		RegionSource regions = data.regions().source();
		report.paragraph("report-source", report.message("report.profile.source", regions.attribution(),
				regions.licence(), (regions.gebietsstand() == null) ? ""
						: report.date(regions.gebietsstand().atStartOfDay(ReportComposition.BERLIN).toInstant())));
		report.paragraph(null, report.message("report.sources.methods"));
		html.append("<h3 class=\"kern-heading\">")
			.append(Html.text(report.message("report.sources.symbols")))
			.append("</h3><dl class=\"report-symbols\">");
		for (String symbol : SYMBOLS) {
			html.append("<dt>")
				.append(Html.text(report.sign(symbol)))
				.append("</dt><dd>")
				.append(Html.text(report.message("report.symbol." + symbol + ".text")))
				.append("</dd>");
		}
		html.append("</dl>");
	}

}
