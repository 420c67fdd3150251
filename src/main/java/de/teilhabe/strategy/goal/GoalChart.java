package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.shared.chart.Chart;
import de.teilhabe.shared.web.LocalizedException;
import de.teilhabe.strategy.goal.Controlling.Point;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chart of a goal's page: the straight path from the baseline to the target and the
 * actual values of its measure (the indicator's for the region, or the hand-entered
 * ones), with the source line.
 */
@Component
class GoalChart {

	private final Indicators indicators;

	private final GoalStore goals;

	private final MessageSource messages;

	GoalChart(Indicators indicators, GoalStore goals, MessageSource messages) {
		this.indicators = indicators;
		this.goals = goals;
		this.messages = messages;
	}

	/** The chart as an HTML figure (SVG, source line, table of the values). */
	String of(UUID tenantId, Goal goal, GoalViews.Reader reader, Locale locale) {
		Map<Integer, BigDecimal> actual = actual(tenantId, goal);
		int from = goal.baseline().year();
		int to = goal.target().year();
		for (Integer year : actual.keySet()) {
			from = Math.min(from, year);
			to = Math.max(to, year);
		}
		List<String> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			years.add(String.valueOf(year));
		}
		Map<String, BigDecimal> path = new LinkedHashMap<>();
		BigDecimal span = goal.target().value().subtract(goal.baseline().value());
		int length = goal.target().year() - goal.baseline().year();
		for (int year = goal.baseline().year(); year <= goal.target().year(); year++) {
			path.put(String.valueOf(year),
					goal.baseline()
						.value()
						.add(span.multiply(BigDecimal.valueOf((long) year - goal.baseline().year()))
							.divide(BigDecimal.valueOf(length), MathContext.DECIMAL64)));
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		actual.forEach((year, value) -> values.put(String.valueOf(year), value));
		String unit = reader.unit(goal);
		List<String> source = new ArrayList<>();
		if (goal.byIndicator()) {
			reader.definition(goal.indicatorCode()).map(IndicatorDefinition::attribution).ifPresent(source::add);
		}
		else {
			source.add(message("strategy.goal.chart.sourceCustom", locale));
		}
		return Chart.line("goal-chart")
			.title(this.messages.getMessage("strategy.goal.chart.title", new Object[] { goal.title() }, locale))
			.description(this.messages.getMessage("strategy.goal.chart.desc", new Object[] {
					goal.byIndicator() ? reader.indicatorTitle(goal.indicatorCode()) : goal.customMeasure(),
					StatusWords.number(goal.baseline().value(), unit, locale), String.valueOf(goal.baseline().year()),
					StatusWords.number(goal.target().value(), unit, locale), String.valueOf(goal.target().year()) },
					locale))
			.source(source.toArray(String[]::new))
			.categories(message("strategy.goal.chart.year", locale), years)
			.series(List.of(new Chart.Series(message("strategy.goal.chart.path", locale), "path", path),
					new Chart.Series(message("strategy.goal.chart.actual", locale), "actual", values)))
			.values((value) -> StatusWords.number(value, unit, locale))
			.locale(locale)
			.build()
			.figure();
	}

	/** The actual values by year: the indicator's for the region, or the hand-entered. */
	private Map<Integer, BigDecimal> actual(UUID tenantId, Goal goal) {
		Map<Integer, BigDecimal> values = new TreeMap<>();
		if (!goal.byIndicator()) {
			for (Point point : this.goals.values(tenantId, goal.id())) {
				values.put(point.year(), point.value());
			}
			return values;
		}
		try {
			for (IndicatorValue value : this.indicators.values(tenantId, goal.indicatorCode(), goal.regionKey(), null,
					null, null)) {
				Integer year = GoalStatuses.year(value.period());
				if (year != null && value.value() != null) {
					values.put(year, value.value());
				}
			}
		}
		catch (LocalizedException ex) {
			// the indicator is gone or the region unknown: no actual values
		}
		return values;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
