package de.teilhabe.guides.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.teilhabe.shared.web.InvalidBodyException.Invalid;

/**
 * The months a report covers, both included: by default the last 12 full months before
 * today (Europe/Berlin).
 *
 * @param from the first month
 * @param to the last month
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

	/** The most months one report covers. */
	public static final int MAX_MONTHS = 120;

	/** The first day of the period. */
	public LocalDate start() {
		return this.from.atDay(1);
	}

	/** The first day after the period. */
	public LocalDate end() {
		return this.to.plusMonths(1).atDay(1);
	}

	/** Every month of the period in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = this.from; !month.isAfter(this.to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** The last 12 full months before the day. */
	public static ReportPeriod lastTwelveMonths(LocalDate today) {
		YearMonth to = YearMonth.from(today).minusMonths(1);
		return new ReportPeriod(to.minusMonths(11), to);
	}

	/**
	 * The period of two months as given ({@code 2026-03}); an empty one takes the
	 * default's.
	 * @param errors gets an error naming {@code from} or {@code to} for a month that is
	 * not one, a period that ends before it starts, or one longer than
	 * {@link #MAX_MONTHS}
	 * @return the period, or null if an error was added
	 */
	public static ReportPeriod parse(String from, String to, LocalDate today, List<Invalid> errors) {
		ReportPeriod fallback = lastTwelveMonths(today);
		int before = errors.size();
		YearMonth first = month(from, fallback.from(), "from", errors);
		YearMonth last = month(to, fallback.to(), "to", errors);
		if (errors.size() > before) {
			return null;
		}
		if (last.isBefore(first)) {
			errors.add(new Invalid("to", "guides.reports.error.toBeforeFrom"));
			return null;
		}
		if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
			errors.add(new Invalid("to", "guides.reports.error.tooLong", MAX_MONTHS));
			return null;
		}
		return new ReportPeriod(first, last);
	}

	private static YearMonth month(String text, YearMonth fallback, String field, List<Invalid> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String trimmed = text.strip();
		if (trimmed.length() == 7 && trimmed.matches("\\d{4}-\\d{2}")) {
			try {
				YearMonth month = YearMonth.parse(trimmed);
				if (month.getYear() >= 2000 && month.getYear() <= 2999) {
					return month;
				}
			}
			catch (DateTimeParseException ex) {
				// not a month: reported below
			}
		}
		errors.add(new Invalid(field, "guides.reports.error.month"));
		return null;
	}

}
