package de.teilhabe.guides.signup;

import de.teilhabe.shared.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public sign-up of guides is anonymous: everybody may send the form and press the
 * confirmation link's button (the pages themselves are public as every {@code /p/**}
 * page).
 */
@Component
class SignupRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/p/*/*/lotsen", "/p/*/*/lotsen/bestaetigen/*").permitAll();
	}

}
