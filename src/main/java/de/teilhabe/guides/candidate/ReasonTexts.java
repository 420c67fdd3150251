package de.teilhabe.guides.candidate;

import java.util.List;
import java.util.Locale;

import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reasons of a candidate's cost in the reader's language, for pages and the API.
 * Templates use it as {@code @guideReasons}.
 */
@Component("guideReasons")
public class ReasonTexts {

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons of a candidate, each a sentence. */
	public List<String> of(Candidate candidate) {
		return candidate.reasons().stream().map(this::text).toList();
	}

	/** One reason as a sentence. */
	public String text(Reason reason) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] arguments = reason.arguments().stream().map((argument) -> {
			if (argument instanceof Reason.LanguageName language) {
				return Languages.find(language.code()).map((found) -> found.name(locale)).orElse(language.code());
			}
			if (argument instanceof Reason.Label label) {
				return this.messages.getMessage(label.key(), null, label.key(), locale);
			}
			return argument;
		}).toArray();
		return this.messages.getMessage(reason.key(), arguments, locale);
	}

}
