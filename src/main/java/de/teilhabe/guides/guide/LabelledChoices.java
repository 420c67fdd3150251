package de.teilhabe.guides.guide;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Choices of a select as key (sent) and value (shown in the reader's language), for
 * {@code shared/form :: choiceSelect}: the constants of an enum labelled from the
 * bundles, and the languages of the platform's list by name.
 */
public final class LabelledChoices {

	private LabelledChoices() {
	}

	/** The constants, each labelled {@code <prefix><NAME>}. */
	public static List<Map.Entry<String, String>> of(Enum<?>[] constants, String prefix, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		return java.util.Arrays.stream(constants)
			.map((constant) -> entry(constant.name(),
					messages.getMessage(prefix + constant.name(), null, constant.name(), locale)))
			.toList();
	}

	/** The languages of the platform's list, by name in the reader's language. */
	public static List<Map.Entry<String, String>> languages() {
		Locale locale = LocaleContextHolder.getLocale();
		Collection<Language> languages = Languages.sortedByName(locale);
		return languages.stream().map((language) -> entry(language.code(), language.displayName(locale))).toList();
	}

	private static Map.Entry<String, String> entry(String key, String value) {
		return new AbstractMap.SimpleImmutableEntry<>(key, value);
	}

}
