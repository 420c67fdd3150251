package de.teilhabe.guides.expense;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.teilhabe.shared.web.InvalidBodyException.Invalid;

/**
 * The period of a statement: a year ({@value AllowanceYear#FIRST_YEAR} to
 * {@value AllowanceYear#LAST_YEAR}) or a month of it. Month boundaries are the office's
 * calendar days (a work entry is logged for a day in Europe/Berlin).
 *
 * @param year the year
 * @param month 1–12, or null for the whole year
 */
public record StatementPeriod(int year, Integer month) {

	/** The first day of the period. */
	public LocalDate from() {
		return LocalDate.of(this.year, (this.month != null) ? this.month : 1, 1);
	}

	/** The day after the period. */
	public LocalDate until() {
		return (this.month != null) ? from().plusMonths(1) : from().plusYears(1);
	}

	/** The period as a name part of a file: {@code 2026} or {@code 2026-11}. */
	public String fileName() {
		return (this.month != null) ? "%d-%02d".formatted(this.year, this.month) : String.valueOf(this.year);
	}

	/**
	 * Reads year and month as given in a request.
	 * @param year the year, or blank for {@code defaultYear} (null: the year is required)
	 * @param month the month, or blank for the whole year
	 * @param errors where each field's problem is added
	 * @return the period, or null with errors
	 */
	static StatementPeriod parse(String year, String month, Integer defaultYear, List<Invalid> errors) {
		Integer parsedYear = number(year);
		if (parsedYear == null && (year == null || year.isBlank())) {
			parsedYear = defaultYear;
		}
		if (parsedYear == null || !AllowanceYear.usable(parsedYear)) {
			errors.add(new Invalid("year", "guides.expenses.error.year", String.valueOf(AllowanceYear.FIRST_YEAR),
					String.valueOf(AllowanceYear.LAST_YEAR)));
		}
		Integer parsedMonth = number(month);
		boolean monthGiven = month != null && !month.isBlank();
		if (monthGiven && (parsedMonth == null || parsedMonth < 1 || parsedMonth > 12)) {
			errors.add(new Invalid("month", "guides.expenses.error.month"));
		}
		return errors.isEmpty() ? new StatementPeriod(parsedYear, monthGiven ? parsedMonth : null) : null;
	}

	/** Reads year and month; the errors named if either is bad. */
	static StatementPeriod parse(String year, String month, Integer defaultYear) {
		List<Invalid> errors = new ArrayList<>();
		StatementPeriod period = parse(year, month, defaultYear, errors);
		if (period == null) {
			throw new de.teilhabe.shared.web.InvalidBodyException(errors);
		}
		return period;
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank() || text.strip().length() > 4) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
