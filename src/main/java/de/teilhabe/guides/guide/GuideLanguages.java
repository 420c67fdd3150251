package de.teilhabe.guides.guide;

import java.util.Locale;
import java.util.stream.Collectors;

import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A guide's languages as people read them: names in the reader's language with the level,
 * e.g. Arabisch (Erstsprache), Deutsch (C1). Templates use it as {@code @guideLanguages}.
 */
@Component("guideLanguages")
public class GuideLanguages {

	private final MessageSource messages;

	GuideLanguages(MessageSource messages) {
		this.messages = messages;
	}

	/** The names of language codes in the reader's language, e.g. Arabisch, Dari. */
	public String codes(java.util.List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		return codes.stream()
			.map((code) -> Languages.find(code).map((found) -> found.name(locale)).orElse(code))
			.collect(Collectors.joining(", "));
	}

	/** A guide's languages with their levels. */
	public String names(Guide guide) {
		if (guide.languages().isEmpty()) {
			return "–";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return guide.languages()
			.stream()
			.map((language) -> Languages.find(language.code())
				.map((found) -> found.name(locale))
				.orElse(language.code()) + " ("
					+ this.messages.getMessage("guides.level." + language.level().name(), null, locale) + ")")
			.collect(Collectors.joining(", "));
	}

}
