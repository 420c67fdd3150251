package de.teilhabe.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns exceptions into answers: RFC 9457 problem+json under
 * {@code /api/}, a friendly page in the user's language everywhere else.
 */
@ControllerAdvice
class ErrorResponses {

	private static final String ENGLISH = "en";

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	private final LayoutAttributes layout;

	private final DataSize maxFileSize;

	ErrorResponses(MessageSource messages, LayoutAttributes layout,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.layout = layout;
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.NOT_FOUND, ex.text(this.messages, locale(request)), request, response);
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, ex.text(this.messages, locale(request)), request, response);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.CONFLICT, ex.text(this.messages, locale(request)), request, response);
	}

	/**
	 * A value in the address that is not what the handler takes (not-a-uuid, a word for a
	 * number): 400; the reader learns which value, never the exception.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = locale(request);
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return answer(HttpStatus.BAD_REQUEST, this.messages.getMessage("error.badAddress",
					new Object[] { String.valueOf(ex.getValue()) }, locale), request, response);
		}
		return answer(HttpStatus.BAD_REQUEST, this.messages.getMessage("error.badValue",
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }, locale), request, response);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.missingValue", new Object[] { ex.getParameterName() }, locale(request)),
				request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		Object answer = answer(HttpStatus.CONTENT_TOO_LARGE, this.messages.getMessage("error.tooLarge",
				new Object[] { this.maxFileSize.toMegabytes() }, locale(request)), request, response);
		String address = request.getRequestURI();
		if (answer instanceof ModelAndView page && address.startsWith("/") && !address.startsWith("//")) {
			// the form that was posted is shown again by a GET of the same (local)
			// address
			page.addObject("formAddress", address);
		}
		return answer;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(Exception ex) throws Exception {
		throw ex; // answered by the security filter chain's handlers
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known) { // Spring MVC's own: 404 no resource,
													// 405, 415, ...
			// its English technical detail helps API clients who read English, not people
			String detail = (isApi(request) && ENGLISH.equals(locale(request).getLanguage()))
					? known.getBody().getDetail() : null;
			return answer(known.getStatusCode(), detail, request, response);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, null, request, response);
	}

	Object answer(HttpStatusCode status, String detail, HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					(detail != null) ? detail : statusText(status, locale(request)));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status.value()));
		page.addObject("status", status.value());
		page.addObject("detail", (status.is4xxClientError()) ? detail : null);
		this.layout.addTo(page, request);
		return page;
	}

	private String statusText(HttpStatusCode status, Locale locale) {
		String key = switch (status.value()) {
			case 403, 404, 413, 503 -> "error." + status.value();
			default -> status.is4xxClientError() ? "error.400" : "error.500";
		};
		return this.messages.getMessage(key, null, locale);
	}

	/** The reader's language (see {@link WebConfiguration#localeResolver()}). */
	private static Locale locale(HttpServletRequest request) {
		return LocaleContextHolder.getLocale();
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
