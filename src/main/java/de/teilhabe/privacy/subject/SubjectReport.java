package de.teilhabe.privacy.subject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.teilhabe.region.Languages;
import de.teilhabe.shared.time.Times;

import org.springframework.context.MessageSource;

/**
 * The Art. 15 answer as people read it: each section of the export under its name in
 * words ({@code privacy.section.*}), each value under its label
 * ({@code privacy.field.*}), times in the platform's zone, yes/no for flags, language
 * names for codes.
 *
 * @param sections the sections in the order of the export
 */
record SubjectReport(List<Section> sections) {

	/** A section: its title and its records (one for a person, several for consents). */
	record Section(String title, List<List<Field>> records) {
	}

	/** A labelled value. */
	record Field(String label, String value) {
	}

	/** An ISO-8601 time with offset as an exporter may have put it as text. */
	private static final Pattern TIMESTAMP = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*([+-]\\d{2}:\\d{2}|Z)");

	@SuppressWarnings("unchecked")
	static SubjectReport of(Map<String, Object> export, MessageSource messages, Times times, Locale locale) {
		Map<String, Object> data = (Map<String, Object>) export.get("sections");
		List<Section> sections = new ArrayList<>();
		data.forEach((name, content) -> {
			List<List<Field>> records = new ArrayList<>();
			if (content instanceof Collection<?> many) {
				many.forEach((one) -> records.add(fields(one, messages, times, locale)));
			}
			else {
				records.add(fields(content, messages, times, locale));
			}
			sections.add(new Section(messages.getMessage("privacy.section." + name, null,
					messages.getMessage("privacy.section.other", null, locale), locale), records));
		});
		return new SubjectReport(sections);
	}

	private static List<Field> fields(Object record, MessageSource messages, Times times, Locale locale) {
		List<Field> fields = new ArrayList<>();
		if (record instanceof Map<?, ?> map) {
			map.forEach((key, value) -> fields
				.add(new Field(messages.getMessage("privacy.field." + key, null, String.valueOf(key), locale),
						value(String.valueOf(key), value, messages, times, locale))));
		}
		else {
			fields.add(new Field(messages.getMessage("privacy.field.value", null, locale),
					value("value", record, messages, times, locale)));
		}
		return fields;
	}

	static String value(String key, Object value, MessageSource messages, Times times, Locale locale) {
		if (value == null || "".equals(value)) {
			return "–";
		}
		if (value instanceof Boolean flag) {
			return messages.getMessage(flag ? "privacy.report.yes" : "privacy.report.no", null, locale);
		}
		if (value instanceof OffsetDateTime time) {
			return times.dateTime(time);
		}
		if (value instanceof LocalDate date) {
			return times.date(date);
		}
		if (value instanceof Enum<?> constant) {
			return messages.getMessage("privacy.value." + constant.name(), null, constant.name(), locale);
		}
		String text = value.toString();
		if ("language".equals(key)) {
			return Languages.displayName(text, locale);
		}
		if ("purpose".equals(key)) {
			return messages.getMessage("privacy.purpose." + text, null, text, locale);
		}
		if (TIMESTAMP.matcher(text).matches()) {
			try {
				return times.dateTime(OffsetDateTime.parse(text));
			}
			catch (DateTimeParseException ex) {
				// not a time after all
			}
		}
		return text;
	}

}
