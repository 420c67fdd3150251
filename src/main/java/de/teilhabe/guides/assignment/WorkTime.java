package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spent and kilometres as a German user types them. Time: hours and minutes
 * ({@code 1:30}, {@code 1 h 30}, {@code 1 Std. 30 Min.}), hours with a decimal comma or
 * point ({@code 1,5}, {@code 2 Stunden}) or minutes ({@code 90 min}, {@code 45 Minuten});
 * a bare number is hours. Kilometres: a decimal comma or point, at most one decimal
 * ({@code 12,5}, {@code 12.5 km}).
 */
public final class WorkTime {

	/** The most minutes of one day's entry. */
	public static final int MAX_MINUTES = 1440;

	/** The most kilometres of one day's entry. */
	public static final BigDecimal MAX_KILOMETRES = new BigDecimal("2000");

	private static final String NUMBER = "([0-9]{1,4}(?:[.,][0-9]{1,3})?)";

	private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2}):([0-5][0-9])(?:\\s*(?:h|std\\.?|stunden?))?");

	private static final Pattern HOURS_MINUTES = Pattern
		.compile("([0-9]{1,2})\\s*(?:h|std\\.?|stunden?)\\s*(?:und\\s*)?([0-9]{1,2})\\s*(?:m|min\\.?|minuten?)?");

	private static final Pattern HOURS = Pattern.compile(NUMBER + "\\s*(?:h|std\\.?|stunden?)?");

	private static final Pattern MINUTES = Pattern.compile("([0-9]{1,4})\\s*(?:m|min\\.?|minuten?)");

	private static final Pattern KILOMETRES = Pattern.compile("([0-9]{1,4}(?:[.,][0-9]+)?)\\s*(?:km)?");

	private WorkTime() {
	}

	/**
	 * The minutes of a time as typed; empty if it cannot be read (a time of 0 or over a
	 * day is read, the caller checks the range).
	 */
	public static OptionalInt minutes(String typed) {
		if (typed == null) {
			return OptionalInt.empty();
		}
		String text = typed.strip().toLowerCase(Locale.GERMAN);
		if (text.isEmpty() || text.length() > 40) {
			return OptionalInt.empty();
		}
		Matcher matcher = CLOCK.matcher(text);
		if (matcher.matches()) {
			return OptionalInt.of(Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2)));
		}
		matcher = HOURS_MINUTES.matcher(text);
		if (matcher.matches()) {
			int minutes = Integer.parseInt(matcher.group(2));
			return (minutes < 60) ? OptionalInt.of(Integer.parseInt(matcher.group(1)) * 60 + minutes)
					: OptionalInt.empty();
		}
		matcher = MINUTES.matcher(text);
		if (matcher.matches()) {
			return OptionalInt.of(Integer.parseInt(matcher.group(1)));
		}
		matcher = HOURS.matcher(text);
		if (matcher.matches()) {
			BigDecimal hours = new BigDecimal(matcher.group(1).replace(',', '.'));
			return OptionalInt.of(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue());
		}
		return OptionalInt.empty();
	}

	/**
	 * The kilometres as typed (decimal comma or point, an optional {@code km}); null if
	 * they cannot be read or have more than one decimal.
	 */
	public static BigDecimal kilometres(String typed) {
		if (typed == null) {
			return null;
		}
		Matcher matcher = KILOMETRES.matcher(typed.strip().toLowerCase(Locale.GERMAN));
		if (!matcher.matches()) {
			return null;
		}
		BigDecimal kilometres = new BigDecimal(matcher.group(1).replace(',', '.'));
		return (kilometres.stripTrailingZeros().scale() > 1) ? null : kilometres.setScale(1, RoundingMode.UNNECESSARY);
	}

	/** Minutes as hours and minutes: {@code 1:30}. */
	public static String clock(int minutes) {
		return (minutes / 60) + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
	}

	/** Kilometres with a decimal comma in German, a point in English: {@code 12,5}. */
	public static String kilometres(BigDecimal kilometres, Locale locale) {
		String plain = kilometres.setScale(1, RoundingMode.HALF_UP).toPlainString();
		return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}

}
