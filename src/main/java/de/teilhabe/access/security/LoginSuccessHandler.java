package de.teilhabe.access.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a successful login: the failure counter of this user at this address is cleared;
 * back to the page asked for, or the start page.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	LoginSuccessHandler(LoginThrottle throttle) {
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		String username = request.getParameter("username");
		this.throttle.recordSuccess((username != null) ? username : authentication.getName(), request.getRemoteAddr());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
