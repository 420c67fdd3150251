package de.teilhabe.counselling.statistics;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.shared.chart.Chart;
import de.teilhabe.shared.table.SpreadsheetTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the page and the downloads make of a {@link StatisticsTable}: the chart (secret
 * cells as gaps, never 0), the spreadsheet (secret cells as {@code x}) and the choices of
 * the form.
 */
@Component
class StatisticsPages {

	private final MessageSource messages;

	StatisticsPages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A bar chart of the rows (without the total): one series for one column, stacked
	 * series per column value for two.
	 */
	String chart(StatisticsTable table, Locale locale) {
		List<String> categories = new ArrayList<>();
		for (StatisticsTable.Heading row : table.rows()) {
			if (!row.total()) {
				categories.add(row.label());
			}
		}
		List<Chart.Series> series = new ArrayList<>();
		int columns = (table.query().columns() != null) ? table.columns().size() - 1 : 1;
		for (int j = 0; j < columns; j++) {
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			for (int i = 0; i < table.rows().size() - 1; i++) {
				// a secret value is no value: a gap, never 0
				values.put(table.rows().get(i).label(), table.value(i, j).number());
			}
			series.add(new Chart.Series(table.columns().get(j).label(), null, values));
		}
		Chart.Builder builder = ((columns > 1) ? Chart.stackedBar("counselling-statistics-chart")
				: Chart.bar("counselling-statistics-chart"));
		return builder.title(title(table, locale))
			.description(
					message("counselling.statistics.chartDescription", locale, table.measureLabel(), table.rowsLabel()))
			.source(message("counselling.statistics.source", locale))
			.categories(table.rowsLabel(), categories)
			.series(series.toArray(Chart.Series[]::new))
			.noValue(StatisticsTable.SECRET)
			.locale(locale)
			.build()
			.figure();
	}

	/** The table as a spreadsheet: the query above, secret cells as x, the rule below. */
	SpreadsheetTable spreadsheet(StatisticsTable table, Locale locale) {
		StatisticsQuery query = table.query();
		SpreadsheetTable sheet = SpreadsheetTable.named(message("counselling.statistics.sheet", locale))
			.about(message("counselling.statistics.field.measure", locale), table.measureLabel())
			.about(message("counselling.statistics.field.rows", locale), table.rowsLabel())
			.about(message("counselling.statistics.field.columns", locale),
					(query.columns() != null) ? table.columnsLabel() : "–")
			.about(message("counselling.statistics.period", locale), query.from() + " – " + query.to());
		List<String> headers = new ArrayList<>();
		headers.add(table.rowsLabel());
		table.columns().forEach((column) -> headers.add(column.label()));
		sheet.columns(headers);
		for (int i = 0; i < table.rows().size(); i++) {
			List<Object> row = new ArrayList<>();
			row.add(table.rows().get(i).label());
			for (int j = 0; j < table.columns().size(); j++) {
				StatisticsTable.Value value = table.value(i, j);
				row.add(value.secret() ? StatisticsTable.SECRET : value.number());
			}
			sheet.row(row);
		}
		if (table.mentions()) {
			sheet.footer(message("counselling.statistics.note", locale),
					message("counselling.statistics.mentions", locale));
		}
		return sheet
			.footer(message("counselling.statistics.note", locale), message("counselling.statistics.secret", locale))
			.footer(message("counselling.statistics.sourceLabel", locale),
					message("counselling.statistics.source", locale));
	}

	/** The title of a table: measure by rows (and columns). */
	String title(StatisticsTable table, Locale locale) {
		return (table.query().columns() != null)
				? message("counselling.statistics.titleTwo", locale, table.measureLabel(), table.rowsLabel(),
						table.columnsLabel())
				: message("counselling.statistics.titleOne", locale, table.measureLabel(), table.rowsLabel());
	}

	/** The choices of an enum by name, for a select of the form. */
	<E extends Enum<E>> List<Map.Entry<String, String>> choices(E[] constants, String prefix, Locale locale) {
		List<Map.Entry<String, String>> choices = new ArrayList<>();
		for (E constant : constants) {
			choices.add(
					new AbstractMap.SimpleImmutableEntry<>(constant.name(), message(prefix + constant.name(), locale)));
		}
		return choices;
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
