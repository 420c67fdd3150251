package de.teilhabe.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Structured weekly opening hours: per weekday any number of time ranges (from, to; in
 * local time Europe/Berlin, minutes of the day, to at most 24:00). Written and stored as
 * text, one line per day, e.g. „Mo 09:00-12:00, 14:00-16:00“; the form also takes day
 * ranges („Mo-Fr 9-12“), several days („Di, Do 15:00-18:00“), English day names („Tu“,
 * „Th“, „Su“), en dashes and a trailing „Uhr“. The statutory holidays of Niedersachsen
 * ({@link PublicHolidays}) close the place.
 */
public final class OpeningHours {

	/** Berlin: the times are local times there. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** The day names as stored (German two-letter abbreviations), Monday first. */
	private static final List<String> STORED = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");

	private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("mo", DayOfWeek.MONDAY),
			Map.entry("di", DayOfWeek.TUESDAY), Map.entry("tu", DayOfWeek.TUESDAY),
			Map.entry("mi", DayOfWeek.WEDNESDAY), Map.entry("we", DayOfWeek.WEDNESDAY),
			Map.entry("do", DayOfWeek.THURSDAY), Map.entry("th", DayOfWeek.THURSDAY), Map.entry("fr", DayOfWeek.FRIDAY),
			Map.entry("sa", DayOfWeek.SATURDAY), Map.entry("so", DayOfWeek.SUNDAY), Map.entry("su", DayOfWeek.SUNDAY));

	private static final String DAY = "([A-Za-z]{2})[a-z]{0,7}\\.?";

	private static final Pattern DAYS_PART = Pattern.compile(DAY + "(?:\\s*[-–—]\\s*" + DAY + ")?");

	private static final Pattern RANGE = Pattern
		.compile("([0-9]{1,2})(?:[:.]([0-9]{2}))?\\s*[-–—]\\s*([0-9]{1,2})(?:[:.]([0-9]{2}))?(?:\\s*Uhr)?");

	/** The longest text taken (the form's limit). */
	public static final int MAX_LENGTH = 1000;

	/** No hours. */
	public static final OpeningHours NONE = new OpeningHours(new EnumMap<>(DayOfWeek.class));

	/**
	 * A time range of a day.
	 *
	 * @param from minutes after midnight when it opens (0–1439)
	 * @param to minutes after midnight when it closes (after from, at most 1440)
	 */
	public record Range(int from, int to) {

		public Range {
			if (from < 0 || to > 24 * 60 || from >= to) {
				throw new IllegalArgumentException("not a range: " + from + "-" + to);
			}
		}

		/** When it opens, as a local time. */
		public LocalTime opens() {
			return LocalTime.ofSecondOfDay(this.from * 60L);
		}

		/** When it closes (24:00 as 00:00 of the next day: {@link #closesText()}). */
		public String closesText() {
			return hhmm(this.to);
		}

		/** When it opens, as {@code 09:00}. */
		public String opensText() {
			return hhmm(this.from);
		}

		@Override
		public String toString() {
			return hhmm(this.from) + "-" + hhmm(this.to);
		}

	}

	/**
	 * The ranges of a weekday, for the pages.
	 *
	 * @param day the weekday
	 * @param ranges its ranges, earliest first
	 */
	public record Day(DayOfWeek day, List<Range> ranges) {
	}

	/**
	 * Whether the place is open at a moment, and what the visitor should know.
	 *
	 * @param open open now
	 * @param holiday the holiday that closes it today, or null
	 * @param closesAt when open: when the current range ends ({@code 12:00}), else null
	 * @param opensTodayAt when closed: when it opens later today ({@code 14:00}), else
	 * null
	 */
	public record State(boolean open, PublicHolidays.Holiday holiday, String closesAt, String opensTodayAt) {
	}

	private final Map<DayOfWeek, List<Range>> days;

	private OpeningHours(Map<DayOfWeek, List<Range>> days) {
		this.days = days;
	}

	/** The hours of the ranges given per day (merged and sorted). */
	public static OpeningHours of(Map<DayOfWeek, List<Range>> ranges) {
		Map<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
		ranges.forEach((day, list) -> {
			List<Range> merged = merge(list);
			if (!merged.isEmpty()) {
				days.put(day, merged);
			}
		});
		return new OpeningHours(days);
	}

	/**
	 * Reads the text of the form or of the database; empty or null: no hours.
	 * @throws IllegalArgumentException naming the line that is not understood
	 */
	public static OpeningHours parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(text.substring(0, 40));
		}
		Map<DayOfWeek, List<Range>> ranges = new EnumMap<>(DayOfWeek.class);
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			int times = firstDigit(line);
			if (times <= 0) {
				throw new IllegalArgumentException(line);
			}
			List<DayOfWeek> lineDays = days(line.substring(0, times).strip(), line);
			List<Range> lineRanges = new ArrayList<>();
			for (String part : line.substring(times).split("[,;]|\\bund\\b|\\band\\b")) {
				Matcher matcher = RANGE.matcher(part.strip());
				if (!matcher.matches()) {
					throw new IllegalArgumentException(line);
				}
				int from = minutes(matcher.group(1), matcher.group(2), line);
				int to = minutes(matcher.group(3), matcher.group(4), line);
				if (from >= to || to > 24 * 60) {
					throw new IllegalArgumentException(line);
				}
				lineRanges.add(new Range(from, to));
			}
			lineDays.forEach((day) -> ranges.computeIfAbsent(day, (d) -> new ArrayList<>()).addAll(lineRanges));
		}
		return of(ranges);
	}

	/** Whether the text can be read ({@link #parse}). */
	public static boolean valid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The text as stored: one line per day with ranges, Monday first, German day
	 * abbreviations ({@code Mo 09:00-12:00, 14:00-16:00}); empty for no hours.
	 */
	public String text() {
		return this.days.entrySet()
			.stream()
			.map((day) -> STORED.get(day.getKey().ordinal()) + " "
					+ day.getValue().stream().map(Range::toString).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	/** Whether no day has hours. */
	public boolean isEmpty() {
		return this.days.isEmpty();
	}

	/** The days with hours, Monday first. */
	public List<Day> days() {
		return this.days.entrySet().stream().map((day) -> new Day(day.getKey(), day.getValue())).toList();
	}

	/** The ranges of a weekday (empty if closed). */
	public List<Range> on(DayOfWeek day) {
		return this.days.getOrDefault(day, List.of());
	}

	/**
	 * Open or closed at a moment (in Berlin's local time; a holiday of Niedersachsen
	 * closes the place all day).
	 */
	public State at(ZonedDateTime moment) {
		ZonedDateTime local = moment.withZoneSameInstant(ZONE);
		LocalDate date = local.toLocalDate();
		Optional<PublicHolidays.Holiday> holiday = PublicHolidays.of(date);
		List<Range> today = on(date.getDayOfWeek());
		if (holiday.isPresent()) {
			return new State(false, today.isEmpty() ? null : holiday.get(), null, null);
		}
		int now = local.getHour() * 60 + local.getMinute();
		for (Range range : today) {
			if (range.from() <= now && now < range.to()) {
				return new State(true, null, range.closesText(), null);
			}
			if (range.from() > now) {
				return new State(false, null, null, range.opensText());
			}
		}
		return new State(false, null, null, null);
	}

	/** Whether it is open at a moment. */
	public boolean openAt(ZonedDateTime moment) {
		return at(moment).open();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OpeningHours hours && hours.days.equals(this.days);
	}

	@Override
	public int hashCode() {
		return this.days.hashCode();
	}

	@Override
	public String toString() {
		return text();
	}

	private static List<Range> merge(List<Range> ranges) {
		List<Range> sorted = ranges.stream().sorted(Comparator.comparingInt(Range::from)).toList();
		List<Range> merged = new ArrayList<>();
		for (Range range : sorted) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.from() <= last.to()) {
				merged.set(merged.size() - 1, new Range(last.from(), Math.max(last.to(), range.to())));
			}
			else {
				merged.add(range);
			}
		}
		return List.copyOf(merged);
	}

	private static int firstDigit(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Character.isDigit(line.charAt(i))) {
				return (i < line.length() && line.charAt(i) < 128) ? i : -1;
			}
		}
		return -1;
	}

	private static List<DayOfWeek> days(String text, String line) {
		List<DayOfWeek> result = new ArrayList<>();
		String cleaned = text.replaceAll("[:]$", "").strip();
		for (String part : cleaned.split("\\s*(,|\\bund\\b|\\band\\b|/)\\s*")) {
			Matcher matcher = DAYS_PART.matcher(part.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException(line);
			}
			DayOfWeek first = day(matcher.group(1), line);
			DayOfWeek last = (matcher.group(2) != null) ? day(matcher.group(2), line) : first;
			if (last.ordinal() < first.ordinal()) {
				throw new IllegalArgumentException(line);
			}
			for (int d = first.ordinal(); d <= last.ordinal(); d++) {
				result.add(DayOfWeek.values()[d]);
			}
		}
		return result;
	}

	private static DayOfWeek day(String abbreviation, String line) {
		DayOfWeek day = DAYS.get(abbreviation.toLowerCase(java.util.Locale.ROOT));
		if (day == null) {
			throw new IllegalArgumentException(line);
		}
		return day;
	}

	private static int minutes(String hours, String minutes, String line) {
		int h = Integer.parseInt(hours);
		int m = (minutes != null) ? Integer.parseInt(minutes) : 0;
		if (h > 24 || m > 59 || (h == 24 && m > 0)) {
			throw new IllegalArgumentException(line);
		}
		return h * 60 + m;
	}

	private static String hhmm(int minutes) {
		return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
	}

}
