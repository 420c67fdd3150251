package de.teilhabe.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers a request from a filter, before Spring MVC, in the same form as
 * {@link ErrorResponses}: problem+json under {@code /api/}, the error page in the
 * reader's language elsewhere.
 */
@Component
class FilterAnswers {

	private final ErrorResponses errors;

	private final ViewResolver views;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final ProblemAnswers problems;

	FilterAnswers(ErrorResponses errors, @Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales,
			MessageSource messages, ProblemAnswers problems) {
		this.errors = errors;
		this.views = views;
		this.locales = locales;
		this.messages = messages;
		this.problems = problems;
	}

	/** Writes the answer with the text of {@code messageKey} as its detail. */
	void write(HttpStatus status, String messageKey, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		Locale locale = useReadersLocale(request);
		if (ErrorResponses.isApi(request)) {
			this.problems.write(request, response, status, messageKey);
			return;
		}
		String detail = this.messages.getMessage(messageKey, null, locale);
		Object page = this.errors.answer(status, detail, request, response);
		ErrorResponses.offerTheFormAgain(page, request);
		render(page, request, response);
	}

	/**
	 * Sets the reader's language for what follows (Spring MVC, which normally does it,
	 * has not run yet).
	 */
	Locale useReadersLocale(HttpServletRequest request) {
		Locale locale = this.locales.resolveLocale(request);
		LocaleContextHolder.setLocale(locale);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		return locale;
	}

	/** Renders a page answer of {@link ErrorResponses} (a {@link ModelAndView}). */
	void render(Object answer, HttpServletRequest request, HttpServletResponse response) throws ServletException {
		if (!(answer instanceof ModelAndView page)) {
			throw new IllegalArgumentException("not a page: " + answer);
		}
		try {
			View view = this.views.resolveViewName(page.getViewName(), LocaleContextHolder.getLocale());
			view.render(page.getModel(), request, response);
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

}
