package de.teilhabe.shared.web;

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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns exceptions into answers: RFC 9457 problem+json under
 * {@code /api/}, a friendly page in the user's language everywhere else.
 */
@ControllerAdvice
class ErrorResponses {

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
		return answer(HttpStatus.NOT_FOUND, ex.getMessage(), request, response);
	}

	@ExceptionHandler({ BadRequestException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	Object badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, ex.getMessage(), request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		Object answer = answer(
				HttpStatus.CONTENT_TOO_LARGE, this.messages.getMessage("error.tooLarge",
						new Object[] { this.maxFileSize.toMegabytes() }, LocaleContextHolder.getLocale()),
				request, response);
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
			// its English technical detail helps API clients, not people
			String detail = isApi(request) ? known.getBody().getDetail() : null;
			return answer(known.getStatusCode(), detail, request, response);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, null, request, response);
	}

	private Object answer(HttpStatusCode status, String detail, HttpServletRequest request,
			HttpServletResponse response) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					(detail != null) ? detail : HttpStatus.valueOf(status.value()).getReasonPhrase());
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

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
