package de.teilhabe.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form sign-in while its user or address is throttled, before the password is
 * checked (so a throttled attacker learns nothing from further guesses).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if (username != null && this.throttle.isThrottled(username, request.getRemoteAddr())) {
			log.warn("Sign-in of user '{}' from {} refused: throttled", username, request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/login?error=throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
