package de.teilhabe.access.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import de.teilhabe.shared.web.LiteralPathIndex;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The access rules of a filter chain, checked against a request that answers its method
 * and its parsed path from one lookup each.
 * <p>
 * Every module's rules are checked in order until one matches (some 170 path patterns;
 * the strategy module's come last). Each pattern asks the request for its method and its
 * parsed path (a request attribute), and each such question passed through every request
 * wrapper of the filter chain (firewall, session, security context, header writer) down
 * to Tomcat's request: about a tenth of the CPU of a strategy page under load
 * (bench/README.md, strategy section). Here the rules see the request through one more
 * wrapper that keeps the method (fixed for a request) and the parsed path once read
 * (given up when the attribute is set or removed); everything else is asked of the
 * request as before, and the rules, their order and their answers are unchanged.
 * <p>
 * The rules are also indexed by the leading literal segments of their path patterns
 * ({@link LiteralPathIndex}): a request checks, in the rules' order, only those its path
 * can match (and every rule that is no path pattern, e.g. the unmapped-path rule or
 * {@code anyRequest}); the first that matches decides, as before, and no match denies.
 * The rules are read from Spring Security's list once (a private field: if it cannot be
 * read, or the request's path was not parsed, every rule is checked as before).
 */
final class OneLookupAuthorization implements AuthorizationManager<HttpServletRequest> {

	private static final AuthorizationDecision DENY = new AuthorizationDecision(false);

	private final AuthorizationManager<HttpServletRequest> rules;

	/** The rules in order (null: not readable, all are checked by Spring Security). */
	private final List<Rule> ordered;

	/** The positions of the rules in {@link #ordered} by the literals of their paths. */
	private final LiteralPathIndex<Integer> index;

	private OneLookupAuthorization(AuthorizationManager<HttpServletRequest> rules) {
		this.rules = rules;
		this.ordered = rules(rules);
		this.index = (this.ordered != null) ? index(this.ordered) : null;
	}

	/** A rule: its matcher and what it decides. */
	private record Rule(RequestMatcher matcher, AuthorizationManager<? super RequestAuthorizationContext> decision,
			List<List<String>> literals) {
	}

	/**
	 * Wraps the access rules a chain's {@code authorizeHttpRequests} builds (register it
	 * with {@code withObjectPostProcessor}).
	 */
	static ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> postProcessor() {
		return new ObjectPostProcessor<>() {
			@Override
			@SuppressWarnings("unchecked")
			public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
				if (!(rules instanceof RequestMatcherDelegatingAuthorizationManager)) {
					return rules;
				}
				// the configurer takes the result as an AuthorizationManager
				return (O) new OneLookupAuthorization(rules);
			}
		};
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			HttpServletRequest request) {
		HttpServletRequest kept = new KeptMethodAndPath(request);
		List<String> segments = (this.index != null && ServletRequestPathUtils.hasParsedRequestPath(kept))
				? LiteralPathIndex.segments(ServletRequestPathUtils.getParsedRequestPath(kept).pathWithinApplication())
				: null;
		if (segments == null) {
			return this.rules.authorize(authentication, kept);
		}
		List<Integer> candidates = this.index.candidates(segments);
		Collections.sort(candidates);
		for (int position : candidates) {
			Rule rule = this.ordered.get(position);
			RequestMatcher.MatchResult match = rule.matcher().matcher(kept);
			if (match.isMatch()) {
				return rule.decision()
					.authorize(authentication, new RequestAuthorizationContext(kept, match.getVariables()));
			}
		}
		return DENY;
	}

	/** Every rule's decision checked the way Spring Security checks them (for tests). */
	AuthorizationResult authorizeByEveryRule(Supplier<? extends Authentication> authentication,
			HttpServletRequest request) {
		return this.rules.authorize(authentication, new KeptMethodAndPath(request));
	}

	/** The path patterns of the rules (for tests). */
	List<String> patterns() {
		List<String> patterns = new ArrayList<>();
		if (this.ordered != null) {
			for (Rule rule : this.ordered) {
				for (RequestMatcher matcher : pathMatchers(rule.matcher())) {
					PathPattern pattern = field(matcher, "pattern", PathPattern.class);
					if (pattern != null) {
						patterns.add(pattern.getPatternString());
					}
				}
			}
		}
		return patterns;
	}

	/** Whether the rules are checked through the index. */
	boolean indexed() {
		return this.index != null;
	}

	/** The rules of Spring Security's list in order, null if they cannot be read. */
	@SuppressWarnings("unchecked")
	private static List<Rule> rules(AuthorizationManager<HttpServletRequest> rules) {
		List<?> entries = field(rules, "mappings", List.class);
		if (entries == null) {
			return null;
		}
		List<Rule> read = new ArrayList<>();
		for (Object each : entries) {
			RequestMatcherEntry<AuthorizationManager<? super RequestAuthorizationContext>> entry = (RequestMatcherEntry<AuthorizationManager<? super RequestAuthorizationContext>>) each;
			read.add(new Rule(entry.getRequestMatcher(), entry.getEntry(), literals(entry.getRequestMatcher())));
		}
		return List.copyOf(read);
	}

	private static LiteralPathIndex<Integer> index(List<Rule> rules) {
		LiteralPathIndex<Integer> index = new LiteralPathIndex<>();
		for (int i = 0; i < rules.size(); i++) {
			index.add(i, rules.get(i).literals());
		}
		return index;
	}

	/**
	 * The leading literals of each path pattern of a rule's matcher (one pattern, or
	 * several or-ed); none (the rule is checked for every path) if it has another matcher
	 * or a pattern without literals or not case-sensitive.
	 */
	private static List<List<String>> literals(RequestMatcher matcher) {
		List<RequestMatcher> matchers = pathMatchers(matcher);
		if (matchers.isEmpty()) {
			return List.of();
		}
		List<List<String>> all = new ArrayList<>();
		for (RequestMatcher each : matchers) {
			PathPattern pattern = field(each, "pattern", PathPattern.class);
			Boolean caseSensitive = (pattern != null) ? field(pattern, "caseSensitive", Boolean.class) : null;
			List<String> literals = (pattern != null && Boolean.TRUE.equals(caseSensitive))
					? LiteralPathIndex.leadingLiterals(pattern.getPatternString()) : List.of();
			if (literals.isEmpty()) {
				return List.of();
			}
			all.add(literals);
		}
		return List.copyOf(all);
	}

	/**
	 * The path pattern matchers a matcher consists of: itself, or those it or-s; empty if
	 * any part is another kind of matcher.
	 */
	private static List<RequestMatcher> pathMatchers(RequestMatcher matcher) {
		if (matcher instanceof PathPatternRequestMatcher) {
			return List.of(matcher);
		}
		if (matcher instanceof OrRequestMatcher) {
			List<?> parts = field(matcher, "requestMatchers", List.class);
			if (parts == null || parts.isEmpty()) {
				return List.of();
			}
			List<RequestMatcher> matchers = new ArrayList<>();
			for (Object part : parts) {
				if (!(part instanceof PathPatternRequestMatcher path)) {
					return List.of();
				}
				matchers.add(path);
			}
			return matchers;
		}
		return List.of();
	}

	/**
	 * A private field of Spring's classes, or null if it is not there (another version).
	 */
	private static <V> V field(Object owner, String name, Class<V> type) {
		try {
			Field field = owner.getClass().getDeclaredField(name);
			field.setAccessible(true);
			Object value = field.get(owner);
			return type.isInstance(value) ? type.cast(value) : null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "OneLookupAuthorization[" + this.rules + "]";
	}

	/** The request with its method and parsed path kept once read. */
	static final class KeptMethodAndPath extends HttpServletRequestWrapper {

		private final String method;

		private Object path;

		KeptMethodAndPath(HttpServletRequest request) {
			super(request);
			// HEAD is answered by the GET handlers without a body, so the rules check it
			// as GET: link checkers, caches and feed readers ask HEAD of public addresses
			String method = request.getMethod();
			this.method = "HEAD".equals(method) ? "GET" : method;
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public Object getAttribute(String name) {
			if (!ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
				return super.getAttribute(name);
			}
			if (this.path == null) {
				this.path = super.getAttribute(name);
			}
			return this.path;
		}

		@Override
		public void setAttribute(String name, Object value) {
			forget(name);
			super.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			forget(name);
			super.removeAttribute(name);
		}

		private void forget(String name) {
			if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
				this.path = null;
			}
		}

	}

}
