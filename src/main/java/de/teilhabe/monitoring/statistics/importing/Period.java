package de.teilhabe.monitoring.statistics.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an observation refers to, in canonical form: {@code 2019} (year),
 * {@code 2007-06} (month), {@code 2022-05-15} (date, e.g. a Stichtag), {@code 2015/16}
 * (school year).
 *
 * @param kind what kind of period
 * @param code canonical text
 */
public record Period(Kind kind, String code) {

	/**
	 * Kinds of period.
	 */
	public enum Kind {

		YEAR, MONTH, DATE, SCHOOL_YEAR

	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{2}|\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jan", 1),
			Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("märz", 3),
			Map.entry("maerz", 3), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("april", 4), Map.entry("apr", 4),
			Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
			Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
			Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
			Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

	/**
	 * Reads a period.
	 * @param raw the text as in the file
	 * @return the period, or empty if the text is none of the known forms or not a real
	 * date
	 */
	public static Optional<Period> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String text = raw.strip();
		if (text.length() == 4 && isYear(text)) {
			// the common case, without a pattern
			return Optional.of(new Period(Kind.YEAR, text));
		}
		try {
			Matcher m = YEAR.matcher(text);
			if (m.matches()) {
				return Optional.of(new Period(Kind.YEAR, text));
			}
			m = ISO_MONTH.matcher(text);
			if (m.matches()) {
				return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			m = NAMED_MONTH.matcher(text);
			if (m.matches()) {
				Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.GERMAN));
				return (month != null) ? Optional.of(month(Integer.parseInt(m.group(2)), month)) : Optional.empty();
			}
			m = ISO_DATE.matcher(text);
			if (m.matches()) {
				return Optional.of(date(m.group(1), m.group(2), m.group(3)));
			}
			m = GERMAN_DATE.matcher(text);
			if (m.matches()) {
				return Optional.of(date(m.group(3), m.group(2), m.group(1)));
			}
			m = SCHOOL_YEAR.matcher(text);
			if (m.matches()) {
				return schoolYear(Integer.parseInt(m.group(1)), m.group(2));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean isYear(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static Period month(int year, int month) {
		return new Period(Kind.MONTH, YearMonth.of(year, month).toString());
	}

	private static Period date(String year, String month, String day) {
		LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		return new Period(Kind.DATE, date.toString());
	}

	private static Optional<Period> schoolYear(int start, String end) {
		int next = (start + 1) % ((end.length() == 2) ? 100 : 10000);
		if (Integer.parseInt(end) != next) {
			return Optional.empty();
		}
		return Optional.of(new Period(Kind.SCHOOL_YEAR, "%d/%02d".formatted(start, (start + 1) % 100)));
	}

}
