package de.teilhabe.shared.web;

import de.teilhabe.shared.Causes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload beyond the multipart limits that is met before Spring MVC: a filter
 * that reads a form parameter (the CSRF check reads {@code _csrf}) makes the servlet
 * container parse the whole multipart body, and the container's size-limit exception
 * would end as a 500. The user gets the same 413 page that {@link ErrorResponses} shows
 * when Spring MVC meets the limit: how large a file may be, and a link back to the form.
 */
@Component
public class OversizedUploads {

	private final ErrorResponses errors;

	private final FilterAnswers answers;

	OversizedUploads(ErrorResponses errors, FilterAnswers answers) {
		this.errors = errors;
		this.answers = answers;
	}

	/**
	 * Writes the 413 page if the exception comes from an upload beyond the limits.
	 * @param ex what a filter chain threw
	 * @param request the request
	 * @param response the response
	 * @return whether the request was answered (else the caller rethrows)
	 * @throws Exception if the page cannot be written
	 */
	public boolean answer(Throwable ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!isSizeLimit(ex) || response.isCommitted()) {
			return false;
		}
		this.answers.useReadersLocale(request);
		Object answer = this.errors.tooLarge(new MaxUploadSizeExceededException(-1, ex), request, response);
		if (!(answer instanceof ModelAndView)) {
			return false;
		}
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		this.answers.render(answer, request, response);
		return true;
	}

	/**
	 * Spring's exception or the container's (Tomcat: FileSizeLimitExceededException,
	 * ...).
	 */
	static boolean isSizeLimit(Throwable ex) {
		return Causes.anyMatches(ex, (cause) -> cause instanceof MaxUploadSizeExceededException
				|| cause.getClass().getSimpleName().endsWith("SizeLimitExceededException"));
	}

}
