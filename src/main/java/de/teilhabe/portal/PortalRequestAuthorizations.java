package de.teilhabe.portal;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the portal's paths: the public JSON API of the pages is anonymous (public
 * content only, no token); the public pages under {@code /p/**} are permitted by the
 * region's rule for every GET there. The office's editing ({@code /portal/**}) is for the
 * integration office's staff (STRATEGY) only.
 */
@Component
class PortalRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/public/*/*/pages", "/api/v1/public/*/*/pages/*").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/api/v1/public/*/*/search").permitAll();
		requests.requestMatchers("/portal", "/portal/**").hasRole(Role.STRATEGY.name());
		// the public forms: feedback on a page, a barrier reported on the accessibility
		// statement
		requests.requestMatchers(HttpMethod.POST, "/p/*/*/rueckmeldung", "/p/*/*/barrierefreiheit").permitAll();
	}

}
