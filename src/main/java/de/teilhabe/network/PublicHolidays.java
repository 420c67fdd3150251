package de.teilhabe.network;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * The statutory public holidays of Niedersachsen (Niedersächsisches Feiertagsgesetz):
 * Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, Tag der
 * Deutschen Einheit, Reformationstag (since 2018), 1. and 2. Weihnachtstag. Easter Sunday
 * after the Gregorian computus (anonymous algorithm of Meeus, Jones and Butcher).
 */
public final class PublicHolidays {

	/**
	 * A holiday, named by its key (the message key suffix {@code holiday.<NAME>} of the
	 * pages).
	 */
	public enum Holiday {

		NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, ASCENSION_DAY, WHIT_MONDAY, GERMAN_UNITY_DAY, REFORMATION_DAY,
		CHRISTMAS_DAY, BOXING_DAY

	}

	private static final Map<MonthDay, Holiday> FIXED = Map.of(MonthDay.of(1, 1), Holiday.NEW_YEAR, MonthDay.of(5, 1),
			Holiday.LABOUR_DAY, MonthDay.of(10, 3), Holiday.GERMAN_UNITY_DAY, MonthDay.of(10, 31),
			Holiday.REFORMATION_DAY, MonthDay.of(12, 25), Holiday.CHRISTMAS_DAY, MonthDay.of(12, 26),
			Holiday.BOXING_DAY);

	private PublicHolidays() {
	}

	/** Easter Sunday of a year (Gregorian calendar). */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	/** The statutory holiday of Niedersachsen on a day, if it is one. */
	public static Optional<Holiday> of(LocalDate date) {
		MonthDay monthDay = MonthDay.from(date);
		Holiday fixed = FIXED.get(monthDay);
		if (fixed != null && (fixed != Holiday.REFORMATION_DAY || date.getYear() >= 2018)) {
			return Optional.of(fixed);
		}
		long fromEaster = java.time.temporal.ChronoUnit.DAYS.between(easterSunday(date.getYear()), date);
		if (fromEaster == -2) {
			return Optional.of(Holiday.GOOD_FRIDAY);
		}
		if (fromEaster == 1) {
			return Optional.of(Holiday.EASTER_MONDAY);
		}
		if (fromEaster == 39) {
			return Optional.of(Holiday.ASCENSION_DAY);
		}
		if (fromEaster == 50) {
			return Optional.of(Holiday.WHIT_MONDAY);
		}
		return Optional.empty();
	}

}
