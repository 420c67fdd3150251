package de.teilhabe.counselling.discrimination;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The names of the complaints' codes: {@code counselling.discrimination.<list>.<NAME>}.
 */
final class ComplaintTexts {

	static final String PREFIX = "counselling.discrimination.";

	private ComplaintTexts() {
	}

	static String name(MessageSource messages, String list, Enum<?> value, Locale locale) {
		return messages.getMessage(PREFIX + list + "." + value.name(), null, value.name(), locale);
	}

	/** Several codes' names joined by commas. */
	static String names(MessageSource messages, String list, List<? extends Enum<?>> values, Locale locale) {
		return values.stream().map((value) -> name(messages, list, value, locale)).collect(Collectors.joining(", "));
	}

}
