package de.teilhabe.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as people read them: in the platform's one time zone ({@code teilhabe.time-zone},
 * Europe/Berlin by default), German notation ({@code 04.12.2026 14:30}). Templates use it
 * as {@code #times} (e.g. {@code ${#times.dateTime(mail.sentAt)}}), exports and documents
 * as a bean. Every method answers an empty text for {@code null}. The public pages (in
 * many languages) take the variants with a {@link Locale}: the reader's notation, in the
 * platform's zone.
 */
@Component
public class Times {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ZoneId zone;

	public Times(@Value("${teilhabe.time-zone:Europe/Berlin}") ZoneId zone) {
		this.zone = zone;
	}

	/** The platform's time zone. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The moment as local date and time of the platform's zone. */
	public ZonedDateTime local(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone) : null;
	}

	/** The moment as local date and time of the platform's zone. */
	public ZonedDateTime local(OffsetDateTime time) {
		return (time != null) ? time.atZoneSameInstant(this.zone) : null;
	}

	/** Today's date in the platform's zone, by the given clock. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(this.zone));
	}

	/** The moment of a local date and time of the platform's zone (forms, feeds). */
	public OffsetDateTime at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(this.zone).toOffsetDateTime();
	}

	/** {@code 04.12.2026 14:30} */
	public String dateTime(OffsetDateTime time) {
		return format(local(time), DATE_TIME);
	}

	/** {@code 04.12.2026 14:30} */
	public String dateTime(Instant instant) {
		return format(local(instant), DATE_TIME);
	}

	/** {@code 04.12.2026 14:30:05} (logs and audit entries) */
	public String dateTimeSeconds(OffsetDateTime time) {
		return format(local(time), DATE_TIME_SECONDS);
	}

	/** {@code 04.12.2026 14:30:05} (logs and audit entries) */
	public String dateTimeSeconds(Instant instant) {
		return format(local(instant), DATE_TIME_SECONDS);
	}

	/** {@code 04.12.2026}: the local date of a moment. */
	public String date(OffsetDateTime time) {
		return format(local(time), DATE);
	}

	/** {@code 04.12.2026}: the local date of a moment. */
	public String date(Instant instant) {
		return format(local(instant), DATE);
	}

	/** {@code 04.12.2026}: a calendar date (no zone involved). */
	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** {@code 14:30}: the local time of day of a moment. */
	public String time(OffsetDateTime time) {
		return format(local(time), TIME);
	}

	/**
	 * A moment in a reader's notation, as the portal's event pages write it: „Donnerstag,
	 * 10. Dezember 2026, 17:00“, „الخميس، 10 ديسمبر 2026، 5:00 م“.
	 */
	public String dateTime(OffsetDateTime time, Locale locale) {
		ZonedDateTime local = local(time);
		return (local != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(forDates(locale)).format(local) + ", "
						+ time(time, locale)
				: "";
	}

	/** A moment's time of day in a reader's notation: „17:00“, „5:00 PM“. */
	public String time(OffsetDateTime time, Locale locale) {
		return format(local(time), DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(forDates(locale)));
	}

	/**
	 * A calendar date in a reader's notation: „12. November 2026“, „12 novembre 2026“.
	 */
	public String date(LocalDate date, Locale locale) {
		return (date != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(forDates(locale)).format(date) : "";
	}

	/** A month in a reader's notation: „Dezember 2026“, „دسمبر 2026“. */
	public String month(YearMonth month, Locale locale) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", forDates(locale)).format(month);
	}

	/**
	 * The locale whose calendar data write a reader's dates: the JDK knows Dari
	 * ({@code prs}) only as Persian of Afghanistan and Kurmanji ({@code kmr}) only as
	 * Kurdish ({@code ku}); without this their month and day names would be English.
	 */
	static Locale forDates(Locale locale) {
		return switch (locale.getLanguage()) {
			case "prs" -> Locale.forLanguageTag("fa-AF");
			case "kmr" -> Locale.forLanguageTag("ku");
			default -> locale;
		};
	}

	private static String format(ZonedDateTime local, DateTimeFormatter format) {
		return (local != null) ? format.format(local) : "";
	}

}
