package de.teilhabe.shared.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem+json a controller or an exception handler answers gets the title of its
 * status in the reader's language ({@link ProblemAnswers}).
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

	private final ProblemAnswers problems;

	ProblemTitles(ProblemAnswers problems) {
		this.problems = problems;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			this.problems.localizeTitle(problem, LocaleContextHolder.getLocale());
		}
		return body;
	}

}
