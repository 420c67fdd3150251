package de.teilhabe.access.security;

import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a successful login: back to the page asked for, or the start page.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	LoginSuccessHandler() {
		setDefaultTargetUrl("/");
	}

}
