package de.teilhabe.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problem+json answers in the reader's language (Accept-Language of the API client): the
 * title from {@code problem.title.<status>} of the bundles, the detail from a message
 * key. Filters, which run before Spring MVC, write their answers through {@link #write};
 * {@link ProblemTitles} gives every problem a controller returns the same titles.
 */
@Component
public class ProblemAnswers {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemAnswers(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/**
	 * Writes a problem+json with the localized title of the status and the text of the
	 * message key as its detail.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Problems.write(response, status, title(status, locale), this.messages.getMessage(detailKey, null, locale));
	}

	/** The title of a status in the language, the English reason phrase if none. */
	public String title(HttpStatus status, Locale locale) {
		return this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
	}

	/**
	 * Gives a problem the localized title of its status unless it carries a title of its
	 * own (one that is not the English reason phrase Spring fills in).
	 */
	void localizeTitle(ProblemDetail problem, Locale locale) {
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		if (status != null && (problem.getTitle() == null || problem.getTitle().equals(status.getReasonPhrase()))) {
			problem.setTitle(title(status, locale));
		}
	}

}
