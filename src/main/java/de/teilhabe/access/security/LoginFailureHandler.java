package de.teilhabe.access.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A failed login goes back to {@code /login?error} (or {@code ?error=throttled} once it
 * reached a limit), is counted by the {@link LoginThrottle} and logged.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		log.warn("Failed login for user '{}' from {}: {}", username, request.getRemoteAddr(),
				exception.getClass().getSimpleName());
		if (username != null && this.throttle.recordFailure(username, request.getRemoteAddr())) {
			getRedirectStrategy().sendRedirect(request, response, "/login?error=throttled");
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
