package de.teilhabe.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.RequestPath;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The dispatcher's handler lookup without a visit of every mapping for each path with
 * variables.
 * <p>
 * For a path that is no mapping's literal path ({@code /strategy/dialogs/{id}/priorities}
 * with an id), Spring MVC checks every one of the platform's some 300 mappings against
 * the request: method first (through every request wrapper of the filter chain, with a
 * CORS pre-flight check), then the path. Here the mappings are indexed by the leading
 * literal segments of their patterns ({@code strategy}, {@code dialogs}; a
 * {@link LiteralPathIndex}); a request's path segments, compared as the path pattern
 * would compare them (decoded, without matrix variables, case-sensitive), walk that index
 * and only the mappings found on the way are checked in full: those whose pattern's
 * literals the path starts with, and those with a pattern that starts with a variable or
 * a wildcard or without path patterns (always checked). A mapping left out cannot match,
 * so the matches are the ones of the full scan; Spring's rules for them (a literal path
 * first, the best match by Spring's own comparison) are kept. Whatever is not a single
 * best match is left to Spring's own lookup, unchanged: no match (404, 405, 415 and the
 * answer to {@code OPTIONS}), two equally good ones (Spring's error) and CORS pre-flight
 * requests.
 * <p>
 * It extends the mapping of htmx-spring-boot (its {@code @HxRequest} conditions), whose
 * auto-configuration registers that mapping the same way; this registration is the
 * primary one (Spring Boot takes a registration only when it is unique or primary).
 */
final class PrefilteredRequestMappings extends HtmxRequestMappingHandlerMapping {

	/** Moves on with every registration, so that an index made before it is not used. */
	private final AtomicLong registrations = new AtomicLong();

	/** The index of the registrations counted; null until the first lookup. */
	private volatile Lookup lookup;

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<String> segments = segments(request);
		if (segments == null || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Lookup current = lookup();
		List<RequestMappingInfo> matches = new ArrayList<>(2);
		List<RequestMappingInfo> direct = current.direct().get(lookupPath);
		if (direct != null) {
			addMatches(direct, request, matches);
		}
		if (matches.isEmpty()) {
			addMatches(current.index().candidates(segments), request, matches);
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		// pairs of (match, registered mapping), as Spring's own lookup sorts its matches
		RequestMappingInfo best = matches.get(0);
		RequestMappingInfo registered = matches.get(1);
		if (matches.size() > 2) {
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			List<Integer> order = new ArrayList<>(matches.size() / 2);
			for (int i = 0; i < matches.size(); i += 2) {
				order.add(i);
			}
			order.sort((a, b) -> comparator.compare(matches.get(a), matches.get(b)));
			best = matches.get(order.get(0));
			registered = matches.get(order.get(0) + 1);
			if (comparator.compare(best, matches.get(order.get(1))) == 0) {
				// two equally good matches: Spring's own lookup names them in its error
				return super.lookupHandlerMethod(lookupPath, request);
			}
		}
		HandlerMethod handler = current.handlers().get(registered);
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best, lookupPath, request);
		return handler;
	}

	/**
	 * Spring's own lookup, every mapping checked (to compare the index with it in tests).
	 */
	HandlerMethod lookupByFullScan(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	/** Adds each mapping that matches the request, after its match, to the pairs. */
	private void addMatches(List<RequestMappingInfo> mappings, HttpServletRequest request,
			List<RequestMappingInfo> pairs) {
		for (RequestMappingInfo mapping : mappings) {
			RequestMappingInfo match = getMatchingMapping(mapping, request);
			if (match != null) {
				pairs.add(match);
				pairs.add(mapping);
			}
		}
	}

	/**
	 * The index of the mappings registered now (made at the first lookup after a change).
	 */
	private Lookup lookup() {
		long count = this.registrations.get();
		Lookup current = this.lookup;
		if (current == null || current.registrations() != count) {
			Map<RequestMappingInfo, HandlerMethod> handlers = getHandlerMethods();
			Map<String, List<RequestMappingInfo>> direct = new HashMap<>();
			LiteralPathIndex<RequestMappingInfo> index = new LiteralPathIndex<>();
			for (RequestMappingInfo mapping : handlers.keySet()) {
				for (String path : getDirectPaths(mapping)) {
					direct.computeIfAbsent(path, (key) -> new ArrayList<>()).add(mapping);
				}
				index.add(mapping, leadingLiterals(mapping));
			}
			current = new Lookup(count, Map.copyOf(handlers), Map.copyOf(direct), index);
			this.lookup = current;
		}
		return current;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		this.registrations.incrementAndGet();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.registrations.incrementAndGet();
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		this.registrations.incrementAndGet();
	}

	/**
	 * The mappings registered at one count: their handlers, the mappings of each literal
	 * path (as Spring keeps them) and the index by leading literals.
	 */
	private record Lookup(long registrations, Map<RequestMappingInfo, HandlerMethod> handlers,
			Map<String, List<RequestMappingInfo>> direct, LiteralPathIndex<RequestMappingInfo> index) {
	}

	/**
	 * The request's path segments as path patterns match them; null (no index) when the
	 * path was not parsed or patterns are not case-sensitive.
	 */
	private List<String> segments(HttpServletRequest request) {
		PathPatternParser parser = getPatternParser();
		if (parser == null || !parser.isCaseSensitive() || !ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return null;
		}
		RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
		return LiteralPathIndex.segments(path.pathWithinApplication());
	}

	/**
	 * The leading literals of each of a mapping's patterns; an empty list when one of
	 * them has none or the mapping has no path patterns (it is then always checked in
	 * full).
	 */
	private static List<List<String>> leadingLiterals(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return List.of();
		}
		List<List<String>> all = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			List<String> literals = LiteralPathIndex.leadingLiterals(pattern.getPatternString());
			if (literals.isEmpty()) {
				return List.of();
			}
			all.add(literals);
		}
		return List.copyOf(all);
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
