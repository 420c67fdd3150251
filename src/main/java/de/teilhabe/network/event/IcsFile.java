package de.teilhabe.network.event;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * An uploaded iCalendar file (RFC 5545) read into events the network can keep: each
 * VEVENT becomes the values of an {@link EventForm} (without its category, which the
 * office chooses) or is refused with a reason — no DTSTART, all-day, a repetition the
 * network's {@link Recurrence} cannot hold (FREQ other than DAILY, WEEKLY, MONTHLY, BY…
 * rules beyond the start's own day, exceptions), a changed single date of a series
 * (RECURRENCE-ID), a UID twice. Times with a TZID or in UTC are converted to the
 * platform's zone, floating times are taken as its local time. A file that is not
 * iCalendar, has a NUL byte, cannot be parsed (with the line ical4j names) or has more
 * than {@link #MAX_EVENTS} events is refused whole ({@link Unreadable}).
 */
final class IcsFile {

	/** At most this many events in one file. */
	static final int MAX_EVENTS = 500;

	/**
	 * The event's fields a calendar file sets (the rest — Gemeinde, languages, target
	 * groups, registration, accessibility, public or not — only the office's form does).
	 */
	static final List<String> CALENDAR_FIELDS = List.of("title", "description", "date", "startTime", "endTime", "place",
			"recurrence", "recurrenceInterval", "recurrenceUntil");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private IcsFile() {
	}

	/** The whole file cannot be read: a key of the reason, with the line if known. */
	static final class Unreadable extends Exception {

		private final String key;

		private final Object detail;

		Unreadable(String key, Object detail) {
			super(key, null, false, false);
			this.key = key;
			this.detail = detail;
		}

		String key() {
			return this.key;
		}

		Object detail() {
			return this.detail;
		}

	}

	/**
	 * An event of the file.
	 *
	 * @param position its place among the file's events (0-based)
	 * @param line the line its BEGIN:VEVENT is on (1-based), or 0
	 * @param uid its UID
	 * @param title its SUMMARY, or null
	 * @param start its start, or null
	 * @param place its LOCATION, or null
	 * @param values the form's values (category still empty) if it can be kept
	 * @param reasonKey why it cannot be kept (a key of network-event-import texts), or
	 * null
	 * @param detail what the reason names (a rule, fields), or null
	 */
	record Entry(int position, int line, String uid, String title, OffsetDateTime start, String place,
			Map<String, String> values, String reasonKey, String detail) {

		public boolean valid() {
			return this.reasonKey == null;
		}

		Entry rejected(String key, String named) {
			return new Entry(this.position, this.line, this.uid, this.title, this.start, this.place, null, key, named);
		}

	}

	static List<Entry> read(byte[] content, ZoneId zone) throws Unreadable {
		for (byte b : content) {
			if (b == 0) {
				throw new Unreadable("notICal", null);
			}
		}
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
			throw new Unreadable("notICal", null);
		}
		List<Integer> lines = new ArrayList<>();
		String[] physical = text.split("\r\n|\n|\r", -1);
		for (int i = 0; i < physical.length; i++) {
			if (physical[i].strip().equalsIgnoreCase("BEGIN:VEVENT")) {
				lines.add(i + 1);
				if (lines.size() > MAX_EVENTS) {
					throw new Unreadable("tooMany", MAX_EVENTS);
				}
			}
		}
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException ex) {
			throw new Unreadable("unparsable", ex.getLineNo());
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("unparsable", 0);
		}
		List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
		if (vevents.isEmpty()) {
			throw new Unreadable("noEvents", null);
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> uids = new HashSet<>();
		for (int i = 0; i < vevents.size(); i++) {
			Entry entry = entry(i, (lines.size() == vevents.size()) ? lines.get(i) : 0, vevents.get(i), zone);
			if (entry.valid() && !uids.add(entry.uid())) {
				entry = entry.rejected("duplicateUid", entry.uid());
			}
			entries.add(entry);
		}
		return entries;
	}

	private static Optional<String> text(VEvent vevent, String name) {
		return vevent.getProperty(name).map(Property::getValue).map(String::strip).filter((value) -> !value.isEmpty());
	}

	static Entry entry(int position, int line, VEvent vevent, ZoneId zone) {
		String title = text(vevent, Property.SUMMARY).orElse(null);
		String place = text(vevent, Property.LOCATION).orElse(null);
		ZonedDateTime start;
		try {
			start = time(vevent.getProperty(Property.DTSTART), zone);
		}
		catch (RuntimeException ex) {
			start = null;
		}
		String uid = text(vevent, Property.UID)
			.orElseGet(() -> "generated-" + Integer.toHexString(((title != null ? title : "") + "|"
					+ vevent.getProperty(Property.DTSTART).map(Property::getValue).orElse(""))
				.hashCode()));
		Entry entry = new Entry(position, line, uid, title, (start != null) ? start.toOffsetDateTime() : null, place,
				null, null, null);
		if (vevent.getProperty(Property.DTSTART).isEmpty()) {
			return entry.rejected("noStart", null);
		}
		if (start == null) {
			return entry.rejected("allDay", null);
		}
		if (title == null) {
			return entry.rejected("noTitle", null);
		}
		if (vevent.getProperty(Property.RECURRENCE_ID).isPresent()) {
			return entry.rejected("recurrenceId", null);
		}
		if (vevent.getProperty(Property.EXDATE).isPresent() || vevent.getProperty(Property.RDATE).isPresent()) {
			return entry.rejected("exceptions", null);
		}
		Map<String, String> values = new LinkedHashMap<>(EventForm.empty());
		values.put("title", title);
		values.put("description", text(vevent, Property.DESCRIPTION).orElse(""));
		values.put("date", start.toLocalDate().toString());
		values.put("startTime", TIME.format(start));
		values.put("place", (place != null) ? place : "");
		ZonedDateTime end;
		try {
			end = time(vevent.getProperty(Property.DTEND), zone);
		}
		catch (RuntimeException ex) {
			end = null;
		}
		if (end != null && end.toLocalDate().equals(start.toLocalDate()) && end.isAfter(start)) {
			values.put("endTime", TIME.format(end));
		}
		List<Property> rules = vevent.getProperties(Property.RRULE);
		if (rules.size() > 1) {
			return entry.rejected("unsupportedRule", rules.get(1).getValue());
		}
		if (!rules.isEmpty()) {
			String rule = rules.get(0).getValue();
			if (!recurrence(rule, start, values)) {
				return entry.rejected("unsupportedRule", rule);
			}
		}
		return new Entry(position, line, uid, title, start.toOffsetDateTime(), place, values, null, null);
	}

	/** A date-time property in the zone; null for a date without time or none. */
	@SuppressWarnings("rawtypes")
	private static ZonedDateTime time(Optional<Property> property, ZoneId zone) {
		if (property.isEmpty() || !(property.get() instanceof DateProperty date)) {
			return null;
		}
		Temporal value = date.getDate();
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone);
		}
		if (value instanceof Instant instant) {
			return instant.atZone(zone);
		}
		if (value instanceof LocalDateTime local) {
			return local.atZone(zone);
		}
		return null;
	}

	/**
	 * Puts the repetition of an RRULE into the values if the network can hold it:
	 * FREQ=DAILY, WEEKLY or MONTHLY, INTERVAL 1–52, an end (UNTIL or COUNT; none: two
	 * years on, the network's longest), BYDAY only the start's own weekday (weekly),
	 * BYMONTHDAY only its own day (monthly), WKST ignored.
	 */
	static boolean recurrence(String rule, ZonedDateTime start, Map<String, String> values) {
		String frequency = null;
		int interval = 1;
		LocalDate until = null;
		Integer count = null;
		for (String part : rule.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length != 2) {
				return false;
			}
			String name = pair[0].strip().toUpperCase(Locale.ROOT);
			String value = pair[1].strip().toUpperCase(Locale.ROOT);
			switch (name) {
				case "FREQ" -> frequency = value;
				case "INTERVAL" -> {
					if (!value.matches("\\d{1,2}")) {
						return false;
					}
					interval = Integer.parseInt(value);
				}
				case "UNTIL" -> {
					if (!value.matches("\\d{8}(T\\d{6}Z?)?")) {
						return false;
					}
					LocalDate day = LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
					if (value.endsWith("Z")) {
						LocalTime time = LocalTime.parse(value.substring(9, 15), DateTimeFormatter.ofPattern("HHmmss"));
						day = day.atTime(time)
							.atOffset(ZoneOffset.UTC)
							.atZoneSameInstant(start.getZone())
							.toLocalDate();
					}
					until = day;
				}
				case "COUNT" -> {
					if (!value.matches("\\d{1,4}")) {
						return false;
					}
					count = Integer.parseInt(value);
				}
				case "WKST" -> {
				}
				case "BYDAY" -> {
					if (!value.equals(start.getDayOfWeek().name().substring(0, 2))) {
						return false;
					}
				}
				case "BYMONTHDAY" -> {
					if (!value.equals(String.valueOf(start.getDayOfMonth()))) {
						return false;
					}
				}
				default -> {
					return false;
				}
			}
		}
		if (frequency == null || !Set.of("DAILY", "WEEKLY", "MONTHLY").contains(frequency) || interval < 1
				|| interval > 52 || (count != null && count < 1)) {
			return false;
		}
		LocalDate first = start.toLocalDate();
		if (count != null) {
			long steps = (long) (count - 1) * interval;
			until = switch (frequency) {
				case "DAILY" -> first.plusDays(steps);
				case "WEEKLY" -> first.plusWeeks(steps);
				default -> first.plusMonths(steps);
			};
		}
		if (until == null) {
			until = first.plusYears(EventForm.MAX_RECURRENCE_YEARS);
		}
		values.put("recurrence", frequency);
		values.put("recurrenceInterval", String.valueOf(interval));
		values.put("recurrenceUntil", until.toString());
		return true;
	}

}
