package de.teilhabe.access.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.web.util.ServletRequestPathUtils;

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
 */
final class OneLookupAuthorization implements AuthorizationManager<HttpServletRequest> {

	private final AuthorizationManager<HttpServletRequest> rules;

	private OneLookupAuthorization(AuthorizationManager<HttpServletRequest> rules) {
		this.rules = rules;
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
		return this.rules.authorize(authentication, new KeptMethodAndPath(request));
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
			this.method = request.getMethod();
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
