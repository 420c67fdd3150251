package de.teilhabe.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.shared.security.RequestAuthorizations;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Access rules of the platform itself: the OpenAPI document in YAML is public like its
 * JSON form, and a request that no handler serves is let through so that it is answered
 * with a 404 (the friendly page, or problem+json under {@code /api/}) instead of a 403:
 * there is nothing behind it to protect.
 */
@Component
class PlatformRequestAuthorizations implements RequestAuthorizations {

	private final HandlerMappingIntrospector handlerMappings;

	PlatformRequestAuthorizations(HandlerMappingIntrospector handlerMappings) {
		this.handlerMappings = handlerMappings;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/v3/api-docs.yaml").permitAll();
		requests.requestMatchers(new UnmappedRequestMatcher(this.handlerMappings)).permitAll();
	}

	/**
	 * Matches requests that no handler serves (static resources count as unserved: they
	 * are public anyway and answer 404 when missing). A path served for other methods
	 * only does not match, so it stays denied.
	 * <p>
	 * Every request that no earlier rule decides passes here, and for a path with
	 * variables ({@code /strategy/dialogs/{id}/priorities}) the lookup scans all
	 * mappings, as the dispatcher does once more after it (about a tenth of such a page's
	 * CPU). So the paths found served are remembered, per method and path, for direct
	 * requests (not forwards, includes or error dispatches). Only that answer is kept: it
	 * is the one that permits nothing (the request goes on to the modules' rules and the
	 * final deny). The mappings are fixed once the application runs, and no mapping of
	 * the platform depends on headers beyond what makes a lookup fail (method, content
	 * type, accepted type, parameters: all counted as served), so a remembered answer is
	 * the one the lookup would give again. Unserved paths are looked up every time (any
	 * path can be asked, so they are not kept); the memory is emptied when full.
	 */
	static final class UnmappedRequestMatcher implements RequestMatcher {

		/** Paths found served that are remembered at most. */
		static final int MAX_SERVED_PATHS = 10_000;

		/** Longer paths are looked up every time (the memory stays small). */
		static final int MAX_REMEMBERED_LENGTH = 300;

		private final HandlerMappingIntrospector handlerMappings;

		private final Set<String> served = ConcurrentHashMap.newKeySet();

		UnmappedRequestMatcher(HandlerMappingIntrospector handlerMappings) {
			this.handlerMappings = handlerMappings;
		}

		@Override
		public boolean matches(HttpServletRequest request) {
			if (request.getDispatcherType() != DispatcherType.REQUEST
					|| request.getRequestURI().length() > MAX_REMEMBERED_LENGTH) {
				return lookUp(request);
			}
			String key = request.getMethod() + " " + request.getRequestURI();
			if (this.served.contains(key)) {
				return false;
			}
			boolean unmapped = lookUp(request);
			if (!unmapped) {
				if (this.served.size() >= MAX_SERVED_PATHS) {
					this.served.clear();
				}
				this.served.add(key);
			}
			return unmapped;
		}

		private boolean lookUp(HttpServletRequest request) {
			HttpServletRequest probe = new IsolatedAttributes(request);
			ServletRequestPathUtils.parseAndCache(probe);
			for (HandlerMapping mapping : this.handlerMappings.getHandlerMappings()) {
				HandlerExecutionChain chain;
				try {
					chain = mapping.getHandler(probe);
				}
				catch (Exception ex) { // e.g. method not supported: the path is served
					return false;
				}
				if (chain != null) {
					return chain.getHandler() instanceof ResourceHttpRequestHandler;
				}
			}
			return true;
		}

		@Override
		public String toString() {
			return "UnmappedRequestMatcher";
		}

	}

	/**
	 * Keeps the attributes a handler lookup sets away from the real request.
	 */
	static final class IsolatedAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		IsolatedAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
			this.attributes.forEach((name, value) -> {
				if (value == null) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
