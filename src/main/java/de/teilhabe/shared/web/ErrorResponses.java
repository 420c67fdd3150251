package de.teilhabe.shared.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.teilhabe.shared.Causes;
import de.teilhabe.shared.web.PublicPathLocales.PublicPath;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns exceptions into answers: RFC 9457 problem+json under
 * {@code /api/}, a friendly page in the user's language everywhere else: on a public path
 * ({@code /p/…}) in the public layout of the tenant and the language of the path
 * ({@link PublicSite}), elsewhere in the staff layout.
 */
@ControllerAdvice
class ErrorResponses {

	private static final String ENGLISH = "en";

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	private final LayoutAttributes layout;

	private final DataSize maxFileSize;

	private final ObjectProvider<PublicSite> publicSite;

	ErrorResponses(MessageSource messages, LayoutAttributes layout,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			ObjectProvider<PublicSite> publicSite) {
		this.messages = messages;
		this.layout = layout;
		this.maxFileSize = maxFileSize;
		this.publicSite = publicSite;
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
		offerTheFormAgain(answer, request);
		return answer;
	}

	/**
	 * A refused form (a POST) offers a link back to it: the form is shown again by a GET
	 * of the same (local) address.
	 */
	static void offerTheFormAgain(Object answer, HttpServletRequest request) {
		String address = request.getRequestURI();
		if (answer instanceof ModelAndView page && "POST".equals(request.getMethod()) && address.startsWith("/")
				&& !address.startsWith("//")) {
			page.addObject("formAddress", address);
		}
	}

	/**
	 * A multipart body that cannot be read (no boundary, cut off, not multipart at all):
	 * 400. A body beyond the size limits is {@link #tooLarge}.
	 */
	@ExceptionHandler(MultipartException.class)
	Object badMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, this.messages.getMessage("error.badMultipart", null, locale(request)),
				request, response);
	}

	/**
	 * A form field whose name is no property path of the form (an index on a plain value,
	 * {@code name[0]}): 400, the sender's error.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	Object badFieldName(InvalidPropertyException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.unreadableParameters", null, locale(request)), request, response);
	}

	/** A body that is not what the handler reads (JSON expected, say): 400. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, this.messages.getMessage("error.unreadableBody", null, locale(request)),
				request, response);
	}

	/**
	 * One field of a body that cannot be accepted, and what is wrong with it in the
	 * reader's language.
	 */
	record FieldProblem(String field, String message) {
	}

	/**
	 * A body that fails its Bean Validation constraints ({@code @Valid @RequestBody}):
	 * 422.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = locale(request);
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(
					(error) -> errors.add(new FieldProblem(error.getField(), this.messages.getMessage(error, locale))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem("", this.messages.getMessage(error, locale))));
		return unprocessable(errors, request, response);
	}

	/** A body refused by a check in code ({@link InvalidBodyException}): 422. */
	@ExceptionHandler(InvalidBodyException.class)
	Object invalidBody(InvalidBodyException ex, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = locale(request);
		return unprocessable(ex.messages()
			.stream()
			.map((error) -> new FieldProblem(error.field(), this.messages.getMessage(error.message(), locale)))
			.toList(), request, response);
	}

	/**
	 * 422 with {@code errors: [{field, message}]} (the API rule for invalid bodies); the
	 * detail counts them.
	 */
	private Object unprocessable(List<FieldProblem> errors, HttpServletRequest request, HttpServletResponse response) {
		Object answer = answer(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("error.invalidBody", new Object[] { errors.size() }, locale(request)), request,
				response);
		if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", errors);
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
		if (isCharacterRefusedByTheDatabase(ex)) {
			// a control character that came in another way than the
			// ControlCharacterFilter
			// checks (inside a JSON body, say): the reader's input, not our error
			return answer(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("error.controlCharacter", null, locale(request)), request, response);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, null, request, response);
	}

	/**
	 * PostgreSQL's refusal of a character in text: NUL (SQL state 22021,
	 * character_not_in_repertoire) or one without a UTF-8 form (22P05).
	 */
	static boolean isCharacterRefusedByTheDatabase(Throwable ex) {
		return Causes.anyMatches(ex, (cause) -> cause instanceof SQLException sql
				&& ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
	}

	Object answer(HttpStatusCode status, String detail, HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					(detail != null) ? detail : statusText(status, locale(request)));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		PublicPath publicPath = PublicPath.of(request);
		PublicSite site = (publicPath != null) ? this.publicSite.getIfAvailable() : null;
		ModelAndView page = new ModelAndView((site != null) ? "public/error" : "error");
		page.setStatus(HttpStatus.valueOf(status.value()));
		page.addObject("status", status.value());
		page.addObject("detail", (status.is4xxClientError()) ? detail : null);
		if (site != null) {
			// a visitor of the public pages: their layout and language, no staff
			// navigation, no login link, nothing that sets a cookie
			page.addAllObjects(site.errorLayout(publicPath.slug(), publicPath.language()));
		}
		else {
			this.layout.addTo(page, request, response);
		}
		return page;
	}

	private String statusText(HttpStatusCode status, Locale locale) {
		String key = switch (status.value()) {
			case 403, 404, 413, 503 -> "error." + status.value();
			default -> status.is4xxClientError() ? "error.400" : "error.500";
		};
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * The reader's language (see {@link PublicPathLocales}: on a public path the language
	 * of the path).
	 */
	private static Locale locale(HttpServletRequest request) {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * Whether the request, or the request whose error is being answered (an error
	 * dispatch to {@code /error}), is an API request.
	 */
	static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String address) ? address : request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/");
	}

}
