package de.teilhabe.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import de.teilhabe.shared.database.DatabaseBusy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The overloaded database met before any controller (a filter that reads it, such as the
 * API token check): 503 with {@code Retry-After} as {@link DatabaseBusyResponses} answers
 * it, the page here a plain one that needs nothing from the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseBusyFilter extends OncePerRequestFilter {

	private final Duration retryAfter;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ProblemAnswers problems;

	DatabaseBusyFilter(@Value("${teilhabe.db.busy-retry-after:5s}") Duration retryAfter, MessageSource messages,
			LocaleResolver locales, ProblemAnswers problems) {
		this.retryAfter = retryAfter;
		this.messages = messages;
		this.locales = locales;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseBusy.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			DatabaseBusyResponses.announce(request, response, ex, this.retryAfter);
			Locale locale = this.locales.resolveLocale(request);
			String text = this.messages.getMessage("error.503.text", null, locale);
			if (ErrorResponses.isApi(request)) {
				this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.503.text");
				return;
			}
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setContentType("text/html;charset=UTF-8");
			String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.503", null, locale));
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
						+ " – Teilhabe</title></head><body><main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(text)
						+ "</p><p><a href=\"/\">"
						+ HtmlUtils.htmlEscape(this.messages.getMessage("error.back", null, locale))
						+ "</a></p></main></body></html>");
		}
	}

}
