package de.teilhabe.counselling.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import de.teilhabe.shared.web.InvalidBodyException.Invalid;

/**
 * What a statistics table shows: a measure, broken down by one dimension (rows) or two
 * (rows × columns), over a range of days (both included).
 *
 * @param measure what is counted
 * @param rows the dimension of the rows
 * @param columns the dimension of the columns, null for one column
 * @param from the first day
 * @param to the last day
 */
public record StatisticsQuery(Measure measure, Dimension rows, Dimension columns, LocalDate from, LocalDate to) {

	/** The longest range: ten years. */
	public static final int MAX_YEARS = 10;

	/** The default: cases by topic since the first of January. */
	public static StatisticsQuery defaults(LocalDate today) {
		return new StatisticsQuery(Measure.CASES, Dimension.TOPIC, null, today.withDayOfYear(1), today);
	}

	/** The query string of the page, the downloads and the API. */
	public String queryString() {
		return "measure=" + this.measure + "&rows=" + this.rows
				+ ((this.columns != null) ? "&columns=" + this.columns : "") + "&from=" + this.from + "&to=" + this.to;
	}

	/**
	 * The query of the parameters as given (an empty one takes the default's).
	 * @param errors gets an error naming the field for a measure or dimension that is not
	 * one, a dimension that does not apply to the measure (channel and language: contacts
	 * only), the same dimension twice, a day that is not one, a range that ends before it
	 * starts or is longer than {@value #MAX_YEARS} years
	 * @return the query, or null if an error was added
	 */
	public static StatisticsQuery parse(String measure, String rows, String columns, String from, String to,
			LocalDate today, List<Invalid> errors) {
		StatisticsQuery fallback = defaults(today);
		int before = errors.size();
		Measure m = constant(Measure.class, measure, fallback.measure(), "measure", errors);
		Dimension r = constant(Dimension.class, rows, fallback.rows(), "rows", errors);
		Dimension c = constant(Dimension.class, columns, null, "columns", errors);
		LocalDate first = day(from, fallback.from(), "from", errors);
		LocalDate last = day(to, fallback.to(), "to", errors);
		if (errors.size() > before) {
			return null;
		}
		if (!m.allows(r)) {
			errors.add(new Invalid("rows", "counselling.statistics.error.contactsOnly"));
		}
		if (c != null && !m.allows(c)) {
			errors.add(new Invalid("columns", "counselling.statistics.error.contactsOnly"));
		}
		if (c == r) {
			errors.add(new Invalid("columns", "counselling.statistics.error.sameDimension"));
		}
		if (last.isBefore(first)) {
			errors.add(new Invalid("to", "counselling.statistics.error.toBeforeFrom"));
		}
		else if (first.plusYears(MAX_YEARS).isBefore(last)) {
			errors.add(new Invalid("to", "counselling.statistics.error.tooLong", MAX_YEARS));
		}
		return (errors.size() > before) ? null : new StatisticsQuery(m, r, c, first, last);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value, E fallback, String field,
			List<Invalid> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return constant;
			}
		}
		errors.add(new Invalid(field, "counselling.statistics.error.choice"));
		return null;
	}

	private static LocalDate day(String value, LocalDate fallback, String field, List<Invalid> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 1900 || day.getYear() > 2999) {
				errors.add(new Invalid(field, "counselling.statistics.error.day"));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.add(new Invalid(field, "counselling.statistics.error.day"));
			return null;
		}
	}

}
