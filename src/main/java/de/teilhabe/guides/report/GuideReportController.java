package de.teilhabe.guides.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.guides.report.GuideReports.Count;
import de.teilhabe.guides.report.GuideReports.Figures;
import de.teilhabe.guides.report.GuideReports.Month;
import de.teilhabe.shared.chart.Chart;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report page of the Leitstelle (GUIDE_COORDINATOR): for a period of months (default
 * the last 12 full months) the requests by topic, language and Gemeinde, requests and
 * unmet requests per month, unmet requests by language (whom to recruit) and the hours of
 * approved work per month, with charts; the same figures to download as CSV or XLSX. A
 * month that is not one answers 400 with the error at its field.
 */
@Controller
class GuideReportController {

	private final GuideReports reports;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	GuideReportController(GuideReports reports, MessageSource messages, Times times, Clock clock) {
		this.reports = reports;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/guides/reports")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			HttpServletResponse response, Model model) {
		List<Invalid> errors = new ArrayList<>();
		ReportPeriod period = ReportPeriod.parse(from, to, this.times.today(this.clock), errors);
		Map<String, String> form = new LinkedHashMap<>();
		Map<String, String> messagesByField = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Invalid error : errors) {
			messagesByField.put(error.field(), this.messages.getMessage(error.messageKey(), error.arguments(), locale));
			labels.put(error.field(), message("guides.reports." + error.field(), locale));
		}
		if (period == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			form.put("from", (from == null) ? "" : from);
			form.put("to", (to == null) ? "" : to);
		}
		else {
			form.put("from", period.from().toString());
			form.put("to", period.to().toString());
			Figures figures = this.reports.figures(CurrentActor.get().tenantId(), period, locale);
			model.addAttribute("figures", figures);
			model.addAttribute("periodText", message("guides.reports.periodText", locale,
					monthName(period.from(), locale), monthName(period.to(), locale)));
			model.addAttribute("requestsChart", requestsChart(figures, locale));
			model.addAttribute("hoursChart", hoursChart(figures, locale));
			model.addAttribute("query", "from=" + period.from() + "&to=" + period.to());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", messagesByField);
		model.addAttribute("errorLabels", labels);
		return "guides/reports";
	}

	@GetMapping("/guides/reports/download")
	ResponseEntity<byte[]> download(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<Invalid> errors = new ArrayList<>();
		ReportPeriod period = ReportPeriod.parse(from, to, this.times.today(this.clock), errors);
		SpreadsheetTable.Format chosen = switch (format) {
			case "csv" -> SpreadsheetTable.Format.CSV;
			case "xlsx" -> SpreadsheetTable.Format.XLSX;
			default -> null;
		};
		if (period == null || chosen == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Figures figures = this.reports.figures(CurrentActor.get().tenantId(), period, locale);
		return table(figures, locale).download(chosen, "lotsen-bericht-" + period.from() + "-bis-" + period.to());
	}

	/** Every figure in one table: what is counted, of what, and the figure. */
	private SpreadsheetTable table(Figures figures, Locale locale) {
		SpreadsheetTable table = SpreadsheetTable.named(message("guides.reports.title", locale))
			.about(message("guides.reports.period", locale), figures.period().from() + " – " + figures.period().to())
			.columns(message("guides.reports.column.figure", locale), message("guides.reports.column.of", locale),
					message("guides.reports.column.value", locale));
		addCounts(table, message("guides.reports.byTopic", locale), figures.byTopic());
		addCounts(table, message("guides.reports.byLanguage", locale), figures.byLanguage());
		addCounts(table, message("guides.reports.byGemeinde", locale), figures.byGemeinde());
		addCounts(table, message("guides.reports.unmetByLanguage", locale), figures.unmetByLanguage());
		for (Month month : figures.months()) {
			table.row(message("guides.reports.requestsPerMonth", locale), month.month().toString(), month.requests());
		}
		for (Month month : figures.months()) {
			table.row(message("guides.reports.unmetPerMonth", locale), month.month().toString(), month.unmet());
		}
		for (Month month : figures.months()) {
			table.row(message("guides.reports.hoursPerMonth", locale), month.month().toString(), month.hours());
		}
		return table.footer(message("guides.reports.source", locale), message("guides.reports.sourceText", locale));
	}

	private static void addCounts(SpreadsheetTable table, String figure, List<Count> counts) {
		for (Count count : counts) {
			table.row(figure, count.label(), count.requests());
		}
	}

	private String requestsChart(Figures figures, Locale locale) {
		List<String> months = new ArrayList<>();
		Map<String, BigDecimal> requests = new LinkedHashMap<>();
		Map<String, BigDecimal> unmet = new LinkedHashMap<>();
		for (Month month : figures.months()) {
			String label = shortMonth(month.month(), locale);
			months.add(label);
			requests.put(label, BigDecimal.valueOf(month.requests()));
			unmet.put(label, BigDecimal.valueOf(month.unmet()));
		}
		return Chart.bar("guide-requests-chart")
			.title(message("guides.reports.requestsChart", locale))
			.description(message("guides.reports.requestsChartDescription", locale))
			.source(message("guides.reports.sourceText", locale))
			.categories(message("guides.reports.month", locale), months)
			.series(new Chart.Series(message("guides.reports.requests", locale), "requests", requests),
					new Chart.Series(message("guides.reports.unmet", locale), "unmet", unmet))
			.locale(locale)
			.build()
			.figure();
	}

	private String hoursChart(Figures figures, Locale locale) {
		List<String> months = new ArrayList<>();
		Map<String, BigDecimal> hours = new LinkedHashMap<>();
		for (Month month : figures.months()) {
			String label = shortMonth(month.month(), locale);
			months.add(label);
			hours.put(label, month.hours());
		}
		return Chart.bar("guide-hours-chart")
			.title(message("guides.reports.hoursChart", locale))
			.description(message("guides.reports.hoursChartDescription", locale))
			.source(message("guides.reports.sourceText", locale))
			.categories(message("guides.reports.month", locale), months)
			.series(new Chart.Series(message("guides.reports.hours", locale), "hours", hours))
			.locale(locale)
			.build()
			.figure();
	}

	private static String shortMonth(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern("MMM yy", locale));
	}

	private static String monthName(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
