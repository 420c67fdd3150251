package de.teilhabe.counselling.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.Permissions;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Permission;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics page of the Beratungsstelle (COUNSELLOR): a measure by one or two
 * dimensions over a range of days, as a table (secret cells as {@code x}) and a chart,
 * with the benefit status at start × end of the cases closed in the range, the expert
 * consultations of the range by requesting service and, for a counsellor holding the
 * permission for discrimination complaints, the complaints of the range by area,
 * characteristic, form, level and outcome ({@link ServiceStatistics}); the first table to
 * download as CSV or XLSX. A wrong parameter answers 400 with the error at its field.
 */
@Controller
class CounsellingStatisticsController {

	private final CounsellingStatistics statistics;

	private final StatisticsPages pages;

	private final Times times;

	private final Clock clock;

	private final ServiceStatistics services;

	private final Permissions permissions;

	CounsellingStatisticsController(CounsellingStatistics statistics, StatisticsPages pages, Times times, Clock clock,
			ServiceStatistics services, Permissions permissions) {
		this.services = services;
		this.permissions = permissions;
		this.statistics = statistics;
		this.pages = pages;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/counselling/statistics")
	String page(@RequestParam(required = false) String measure, @RequestParam(required = false) String rows,
			@RequestParam(required = false) String columns, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response, Model model) {
		List<Invalid> errors = new ArrayList<>();
		StatisticsQuery query = StatisticsQuery.parse(measure, rows, columns, from, to, this.times.today(this.clock),
				errors);
		Map<String, String> form = new LinkedHashMap<>();
		Map<String, String> messages = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Invalid error : errors) {
			messages.put(error.field(), this.pages.message(error.messageKey(), locale, error.arguments()));
			labels.put(error.field(), this.pages.message("counselling.statistics.field." + error.field(), locale));
		}
		if (query == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			form.put("measure", text(measure));
			form.put("rows", text(rows));
			form.put("columns", text(columns));
			form.put("from", text(from));
			form.put("to", text(to));
		}
		else {
			form.put("measure", query.measure().name());
			form.put("rows", query.rows().name());
			form.put("columns", (query.columns() != null) ? query.columns().name() : "");
			form.put("from", query.from().toString());
			form.put("to", query.to().toString());
			UUID tenantId = CurrentActor.get().tenantId();
			StatisticsTable table = this.statistics.table(tenantId, query, locale);
			model.addAttribute("table", table);
			model.addAttribute("tableTitle", this.pages.title(table, locale));
			model.addAttribute("chart", this.pages.chart(table, locale));
			model.addAttribute("query", query.queryString());
			StatisticsQuery benefits = new StatisticsQuery(Measure.CLOSED_CASES, Dimension.BENEFIT_AT_START,
					Dimension.BENEFIT_AT_END, query.from(), query.to());
			StatisticsTable benefitTable = this.statistics.table(tenantId, benefits, locale);
			model.addAttribute("benefits", benefitTable);
			model.addAttribute("benefitsTitle", this.pages.title(benefitTable, locale));
			model.addAttribute("benefitsQuery", benefits.queryString());
			// the other services of the range: the complaints only for those who may
			// read them
			if (this.permissions.holds(CurrentActor.get(), Permission.DISCRIMINATION_COMPLAINTS)) {
				model.addAttribute("complaintTables",
						this.services.complaints(tenantId, query.from(), query.to(), locale));
			}
			model.addAttribute("consultationTable",
					this.services.consultations(tenantId, query.from(), query.to(), locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", messages);
		model.addAttribute("errorLabels", labels);
		model.addAttribute("measures", this.pages.choices(Measure.values(), "counselling.statistics.measure.", locale));
		model.addAttribute("dimensions",
				this.pages.choices(Dimension.values(), "counselling.statistics.dimension.", locale));
		return "counselling/statistics";
	}

	@GetMapping("/counselling/statistics/download")
	ResponseEntity<byte[]> download(@RequestParam(required = false) String measure,
			@RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "csv") String format, Locale locale) {
		List<Invalid> errors = new ArrayList<>();
		StatisticsQuery query = StatisticsQuery.parse(measure, rows, columns, from, to, this.times.today(this.clock),
				errors);
		if (query == null) {
			throw new InvalidBodyException(errors);
		}
		SpreadsheetTable.Format chosen = switch (format) {
			case "csv" -> SpreadsheetTable.Format.CSV;
			case "xlsx" -> SpreadsheetTable.Format.XLSX;
			default -> throw new InvalidBodyException("format", "counselling.statistics.error.format");
		};
		StatisticsTable table = this.statistics.table(CurrentActor.get().tenantId(), query, locale);
		return this.pages.spreadsheet(table, locale)
			.download(chosen, "beratung-statistik-" + query.from() + "-bis-" + query.to());
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

}
