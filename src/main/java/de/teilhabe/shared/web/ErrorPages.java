package de.teilhabe.shared.web;

import de.teilhabe.shared.Causes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * {@code /error}, where the servlet container sends what went wrong outside Spring MVC
 * (an exception in a filter, a request the container refused): answered like
 * {@link ErrorResponses} does (problem+json for an API request, the friendly page
 * otherwise) instead of Spring Boot's error controller. Requested directly,
 * {@code /error} is no page: 404.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ErrorResponses errors;

	private final MessageSource messages;

	ErrorPages(ErrorResponses errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer status)) {
			return this.errors.answer(HttpStatus.NOT_FOUND, null, request, response);
		}
		Throwable ex = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (ex != null && OversizedUploads.isSizeLimit(ex)) {
			return this.errors.tooLarge(new MaxUploadSizeExceededException(-1, ex), request, response);
		}
		if (ex != null && isUnreadableMultipart(ex)) {
			return this.errors.answer(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("error.badMultipart", null, LocaleContextHolder.getLocale()), request,
					response);
		}
		HttpStatusCode answered = HttpStatusCode.valueOf((status < 400 || status > 599) ? 500 : status);
		return this.errors.answer(answered, null, request, response);
	}

	/** Spring's exception or the container's (Tomcat's file upload parser). */
	static boolean isUnreadableMultipart(Throwable ex) {
		return Causes.anyMatches(ex, (cause) -> cause instanceof MultipartException
				|| cause.getClass().getName().startsWith("org.apache.tomcat.util.http.fileupload."));
	}

}
