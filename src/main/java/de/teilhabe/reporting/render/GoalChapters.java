package de.teilhabe.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.strategy.StrategyReport;
import de.teilhabe.strategy.StrategyReport.ReportedConcept;
import de.teilhabe.strategy.StrategyReport.ReportedGoal;
import de.teilhabe.strategy.StrategyReport.ReportedMeasure;

/**
 * Goals and measures: per Handlungsfeld a table of its goals (baseline, target, latest
 * value, controlling status in words) and the measures serving each goal with their
 * status.
 */
final class GoalChapters {

	private GoalChapters() {
	}

	static void render(ReportComposition report, Optional<ReportedConcept> current, int number) {
		if (current.isEmpty() || current.get().goals().isEmpty()) {
			report.paragraph(null, report.message("report.goals.none"));
			return;
		}
		ReportedConcept concept = current.get();
		report.paragraph(null, report.message("report.goals.concept", concept.title(),
				String.valueOf(concept.horizonStart()), String.valueOf(concept.horizonEnd())));
		List<List<ReportedGoal>> fields = new ArrayList<>();
		for (ReportedGoal goal : concept.goals()) {
			if (fields.isEmpty() || !fields.get(fields.size() - 1).get(0).field().equals(goal.field())) {
				fields.add(new ArrayList<>());
			}
			fields.get(fields.size() - 1).add(goal);
		}
		int section = 0;
		for (List<ReportedGoal> field : fields) {
			section++;
			field(report, field, "c" + number + "-" + section);
		}
	}

	private static void field(ReportComposition report, List<ReportedGoal> goals, String id) {
		report.openSection(id, goals.get(0).field(), "report-field");
		StringBuilder html = report.html();
		report.openTable(id + "-goals", report.message("report.goals.table", goals.get(0).field()), null);
		html.append("<thead><tr>");
		for (String column : List.of("goal", "baseline", "target", "latest", "status")) {
			html.append("<th scope=\"col\">")
				.append(Html.text(report.message("report.goals." + column)))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (ReportedGoal goal : goals) {
			String unit = unit(report, goal);
			String status = report.message("report.goal.status." + ((goal.status() == null) ? "NONE" : goal.status()));
			html.append("<tr><th scope=\"row\">").append(Html.text(goal.title()));
			String measure = measureName(report, goal);
			if (measure != null) {
				html.append("<br/><span class=\"report-muted\">").append(Html.text(measure)).append("</span>");
			}
			html.append("</th><td>")
				.append(Html.text(value(report, goal.baselineValue(), unit) + " (" + goal.baselineYear() + ")"))
				.append("</td><td>")
				.append(Html.text(value(report, goal.targetValue(), unit) + " (" + goal.targetYear() + ")"))
				.append("</td><td>")
				.append(Html.text((goal.latestValue() == null) ? report.message("report.goals.noValue")
						: value(report, goal.latestValue(), unit) + " (" + goal.latestYear() + ")"))
				.append("</td><td>")
				.append(Html.text(status))
				.append("</td></tr>");
			report.figure("goal:" + goal.id(), goal.title(), status, "GOAL_STATUS");
		}
		html.append("</tbody>");
		report.closeTable();
		for (ReportedGoal goal : goals) {
			if (goal.measures().isEmpty()) {
				continue;
			}
			html.append("<p class=\"report-measures-title\"><strong>")
				.append(Html.text(report.message("report.goals.measures", goal.title())))
				.append("</strong></p><ul class=\"report-measures\">");
			for (ReportedMeasure measure : goal.measures()) {
				html.append("<li>")
					.append(Html.text(measure.title()))
					.append(" – ")
					.append(Html.text(report.message("report.measure.status." + measure.status())));
				if (measure.startDate() != null || measure.endDate() != null) {
					html.append(" (")
						.append(Html.text(((measure.startDate() != null) ? measure.startDate().getYear() + "" : "")
								+ "–" + ((measure.endDate() != null) ? measure.endDate().getYear() + "" : "")))
						.append(')');
				}
				html.append("</li>");
			}
			html.append("</ul>");
		}
		report.closeSection();
	}

	private static String measureName(ReportComposition report, ReportedGoal goal) {
		if (goal.indicatorCode() != null) {
			return report.data()
				.indicator(goal.indicatorCode())
				.map((indicator) -> report.message("report.goals.byIndicator",
						indicator.regionalTitle(report.locale(), false)))
				.orElse(null);
		}
		return (goal.measureName() != null) ? report.message("report.goals.byMeasure", goal.measureName()) : null;
	}

	private static String unit(ReportComposition report, ReportedGoal goal) {
		if (goal.indicatorCode() != null) {
			return report.data()
				.indicator(goal.indicatorCode())
				.map((indicator) -> IndicatorDefinition.displayUnit(indicator.unit()))
				.orElse("");
		}
		return (goal.unit() != null) ? goal.unit() : "";
	}

	private static String value(ReportComposition report, BigDecimal value, String unit) {
		BigDecimal plain = value.stripTrailingZeros();
		int decimals = Math.max(0, Math.min(2, plain.scale()));
		return (report.number(value, decimals) + " " + unit).strip();
	}

}
