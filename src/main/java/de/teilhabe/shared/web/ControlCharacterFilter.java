package de.teilhabe.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.shared.Causes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one check of what a request brings in text: a control character (NUL and the
 * others, except tab, carriage return and line feed) in a query parameter, a form field
 * or an uploaded file's name answers 400 (problem+json under {@code /api/}, the error
 * page with a link back to the form elsewhere) before any handler binds it. PostgreSQL
 * refuses NUL in text, so it would otherwise end as a 500 wherever a value reaches a
 * query. A multipart body that cannot be read (no boundary, cut off) answers 400 too.
 * <p>
 * It runs inside the security filter chains (the access module adds it: on pages before
 * the CSRF check, which reads a form field; on the API after the authorization, so that
 * no body is read before the caller is known), not as a servlet filter of its own.
 */
@Component
public class ControlCharacterFilter extends OncePerRequestFilter {

	private static final String TOMCAT_INVALID_FILE_NAME = "org.apache.tomcat.util.http.fileupload.InvalidFileNameException";

	private final FilterAnswers answers;

	ControlCharacterFilter(FilterAnswers answers) {
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal;
		try {
			refusal = refusal(request);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (OversizedUploads.isSizeLimit(ex)) {
				// answered 413 where the upload is read
				chain.doFilter(request, response);
				return;
			}
			if (isInvalidFileName(ex)) {
				// Tomcat's upload parser refuses a NUL in a file name with an unchecked
				// exception that its parsing of the parts lets through (it ended as an
				// ERROR logged for the servlet and a 400 from the error page): the
				// sender's file name, refused here
				refusal = "error.controlCharacter.fileName";
			}
			else if (ex instanceof RuntimeException unexpected && !(ex instanceof IllegalStateException)) {
				throw unexpected; // the firewall's refusal, say: answered by its handler
			}
			else {
				// the container could not read the parameters or parts (see Tomcat's
				// parse failures)
				refusal = isMultipart(request) ? "error.badMultipart" : "error.unreadableParameters";
			}
		}
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		this.answers.write(HttpStatus.BAD_REQUEST, refusal, request, response);
	}

	/** The message key of what is wrong, or {@code null}. */
	private static String refusal(HttpServletRequest request) throws IOException, ServletException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				return "error.controlCharacter";
			}
			for (String value : parameter.getValue()) {
				if (hasControlCharacter(value)) {
					return "error.controlCharacter";
				}
			}
		}
		if (isMultipart(request)) {
			// throws if the body cannot be read
			Collection<Part> parts = request.getParts();
			for (Part part : parts) {
				if (hasControlCharacter(part.getName())) {
					return "error.controlCharacter";
				}
				if (hasControlCharacter(part.getSubmittedFileName())) {
					return "error.controlCharacter.fileName";
				}
			}
		}
		return null;
	}

	/**
	 * Tomcat's InvalidFileNameException (a NUL in an upload's file name), thrown while
	 * the container parses the parts.
	 */
	static boolean isInvalidFileName(Throwable ex) {
		return Causes.anyMatches(ex, (cause) -> cause.getClass().getName().equals(TOMCAT_INVALID_FILE_NAME));
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * Whether the text holds a control character other than tab, carriage return and line
	 * feed (which a multi-line field may hold).
	 */
	public static boolean hasControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && c != '\n') {
				return true;
			}
		}
		return false;
	}

}
