package de.teilhabe.guides.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.teilhabe.guides.report.GuideReports.Count;
import de.teilhabe.guides.report.GuideReports.Figures;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guide network's figures as JSON (GUIDE_COORDINATOR):
 * {@code GET /api/v1/guide-reports?from=2025-12&to=2026-11} (both optional; default the
 * last 12 full months, Europe/Berlin) answers the same figures as the report page, with
 * names in the reader's language. A month that is not one, a period that ends before it
 * starts or one longer than 120 months answers 422 naming {@code from} or {@code to}.
 */
@RestController
class GuideReportApiController {

	private final GuideReports reports;

	private final Times times;

	private final Clock clock;

	GuideReportApiController(GuideReports reports, Times times, Clock clock) {
		this.reports = reports;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/api/v1/guide-reports")
	ReportItem report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Locale locale) {
		List<Invalid> errors = new ArrayList<>();
		ReportPeriod period = ReportPeriod.parse(from, to, this.times.today(this.clock), errors);
		if (period == null) {
			throw new InvalidBodyException(errors);
		}
		Figures figures = this.reports.figures(CurrentActor.get().tenantId(), period, locale);
		return new ReportItem(period.from().toString(), period.to().toString(), figures.requests(), figures.unmet(),
				counts(figures.byTopic()), counts(figures.byLanguage()), counts(figures.byGemeinde()),
				counts(figures.unmetByLanguage()),
				figures.months()
					.stream()
					.map((month) -> new MonthItem(month.month().toString(), month.requests(), month.unmet(),
							month.hours(), month.entries()))
					.toList());
	}

	private static List<CountItem> counts(List<Count> counts) {
		return counts.stream().map((count) -> new CountItem(count.code(), count.label(), count.requests())).toList();
	}

	/**
	 * The figures of a period.
	 *
	 * @param from the first month ({@code 2025-12})
	 * @param to the last month
	 * @param requests requests whose first appointment lies in the period, whatever
	 * became of them
	 * @param unmet of them, those whose latest check while open found no guide passing
	 * the hard rules and that no guide was commissioned for
	 * @param byTopic requests by topic (every topic)
	 * @param byLanguage requests by language needed (a request under each language it
	 * names), the most first
	 * @param byGemeinde requests by Gemeinde, the most first
	 * @param unmetByLanguage unmet requests by language needed, the most first
	 * @param months per month: requests, unmet, hours and entries of approved work
	 */
	record ReportItem(String from, String to, long requests, long unmet, List<CountItem> byTopic,
			List<CountItem> byLanguage, List<CountItem> byGemeinde, List<CountItem> unmetByLanguage,
			List<MonthItem> months) {
	}

	/**
	 * A count.
	 *
	 * @param code the topic ({@code AUTHORITY}), language code ({@code ti}) or region key
	 * @param name its name in the reader's language
	 * @param requests how many requests
	 */
	record CountItem(String code, String name, long requests) {
	}

	/**
	 * One month.
	 *
	 * @param month the month ({@code 2026-03})
	 * @param requests requests with their first appointment in it
	 * @param unmet of them, those unmet
	 * @param hours hours of approved work entries on days of the month (one decimal)
	 * @param approvedEntries how many approved work entries
	 */
	record MonthItem(String month, long requests, long unmet, BigDecimal hours, long approvedEntries) {
	}

}
