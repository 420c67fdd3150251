package de.teilhabe.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The dispatcher's handler lookup without a scan of every mapping for each path with
 * variables.
 * <p>
 * For a path that is no mapping's literal path ({@code /strategy/dialogs/{id}/priorities}
 * with an id), Spring MVC checks every one of the platform's some 300 mappings against
 * the request: method first (through every request wrapper of the filter chain, with a
 * CORS pre-flight check), then the path. That was about a sixth of the CPU of such a page
 * under load (bench/README.md, strategy section). Here each mapping's patterns are first
 * compared by their leading literal segments ({@code strategy}, {@code dialogs}) with the
 * request's path segments as the path pattern would compare them (decoded, without matrix
 * variables, case-sensitive); only a mapping that can still match is checked in full. A
 * mapping with a pattern that starts with a variable or a wildcard, or without path
 * patterns, is always checked in full, so the answer is the one of the full scan;
 * requests that match no mapping (404, 405, 415) are answered by Spring's own code, which
 * is not changed.
 * <p>
 * It extends the mapping of htmx-spring-boot (its {@code @HxRequest} conditions), whose
 * auto-configuration registers that mapping the same way; this registration is the
 * primary one (Spring Boot takes a registration only when it is unique or primary).
 */
final class PrefilteredRequestMappings extends HtmxRequestMappingHandlerMapping {

	/** The path segments of the request being looked up on this thread. */
	private final ThreadLocal<List<String>> requestSegments = new ThreadLocal<>();

	/**
	 * Per mapping, the leading literal segments of each of its patterns; an empty list
	 * when one of them has none (the mapping is then always checked in full).
	 */
	private final Map<RequestMappingInfo, List<List<String>>> leadingLiterals = new ConcurrentHashMap<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<String> outer = this.requestSegments.get();
		this.requestSegments.set(segments(request));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			if (outer != null) {
				this.requestSegments.set(outer);
			}
			else {
				this.requestSegments.remove();
			}
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		List<String> path = this.requestSegments.get();
		if (path != null && !mayMatch(this.leadingLiterals.computeIfAbsent(info, this::leadingLiterals), path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * The request's path segments as path patterns match them; null (no pre-filter) when
	 * the path was not parsed or patterns are not case-sensitive.
	 */
	private List<String> segments(HttpServletRequest request) {
		PathPatternParser parser = getPatternParser();
		if (parser == null || !parser.isCaseSensitive() || !ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return null;
		}
		RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
		return segments(path.pathWithinApplication());
	}

	/**
	 * The segments of a path in order; null if the path does not alternate separator and
	 * segment from its start (e.g. two slashes in a row): no pre-filter then.
	 */
	static List<String> segments(PathContainer path) {
		List<PathContainer.Element> elements = path.elements();
		List<String> segments = new ArrayList<>(elements.size() / 2 + 1);
		for (int i = 0; i < elements.size(); i++) {
			PathContainer.Element element = elements.get(i);
			boolean separatorExpected = i % 2 == 0;
			if (separatorExpected != (element instanceof PathContainer.Separator)) {
				return null;
			}
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments;
	}

	private List<List<String>> leadingLiterals(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return List.of();
		}
		List<List<String>> all = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			List<String> literals = leadingLiterals(pattern.getPatternString());
			if (literals.isEmpty()) {
				return List.of();
			}
			all.add(literals);
		}
		return List.copyOf(all);
	}

	/**
	 * The segments at the start of a pattern that match only themselves: up to the first
	 * segment with a variable, a wildcard or an escape (e.g.
	 * {@code /api/v1/strategy/dialogs} of
	 * {@code /api/v1/strategy/dialogs/{id}/priorities}); none for a pattern that does not
	 * start with a slash.
	 */
	static List<String> leadingLiterals(String pattern) {
		if (!pattern.startsWith("/")) {
			return List.of();
		}
		List<String> literals = new ArrayList<>();
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.chars().anyMatch((c) -> "{}*?%\\;".indexOf(c) >= 0)) {
				break;
			}
			literals.add(segment);
		}
		return literals;
	}

	/**
	 * Whether a request with these path segments can match one of the patterns whose
	 * leading literals are given (no literals: it can).
	 */
	static boolean mayMatch(List<List<String>> leadingLiterals, List<String> path) {
		if (leadingLiterals.isEmpty()) {
			return true;
		}
		for (List<String> literals : leadingLiterals) {
			if (startsWith(path, literals)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(List<String> path, List<String> literals) {
		if (path.size() < literals.size()) {
			return false;
		}
		for (int i = 0; i < literals.size(); i++) {
			if (!literals.get(i).equals(path.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Registers the mapping with Spring Boot's MVC configuration. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		@Primary
		WebMvcRegistrations prefilteredRequestMappings() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PrefilteredRequestMappings();
				}
			};
		}

	}

}
