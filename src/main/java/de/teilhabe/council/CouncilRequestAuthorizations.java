package de.teilhabe.council;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

/**
 * Who may use the council's paths: the OParl 1.1 API ({@code GET /oparl/**}) is public
 * (public data only, see {@code council.oparl}); it is served by the stateless public
 * chain, like the tenants' public pages. The office's pages ({@code /council/**}) are for
 * COUNCIL_OFFICE only.
 */
@Component
class CouncilRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/oparl/**").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/council", "/council/**").hasRole(Role.COUNCIL_OFFICE.name());
	}

}
