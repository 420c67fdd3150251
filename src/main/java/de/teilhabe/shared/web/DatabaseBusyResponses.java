package de.teilhabe.shared.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that found the database overloaded (no free connection within the pool's
 * wait, or its statement ran into the statement timeout) or out of reach is answered 503
 * with {@code Retry-After}: problem+json under {@code /api/}, the friendly page
 * elsewhere. Before {@link ErrorResponses}, whose catch-all would otherwise answer 500;
 * only these exception types, so that every other database error keeps its own handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseBusyResponses {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBusyResponses.class);

	private final ErrorResponses errors;

	private final MessageSource messages;

	private final Duration retryAfter;

	DatabaseBusyResponses(ErrorResponses errors, MessageSource messages,
			@Value("${teilhabe.db.busy-retry-after:5s}") Duration retryAfter) {
		this.errors = errors;
		this.messages = messages;
		this.retryAfter = retryAfter;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class })
	Object database(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		announce(request, response, ex, this.retryAfter);
		return this.errors.answer(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale()), request, response);
	}

	/** Logs the overload and sets {@code Retry-After}; the caller writes the answer. */
	static void announce(HttpServletRequest request, HttpServletResponse response, Throwable ex, Duration retryAfter) {
		log.warn("Database busy, answered 503: {} {} ({})", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
	}

}
