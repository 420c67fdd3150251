package de.teilhabe.council.member;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may change the council's records: COUNCIL_OFFICE only (the pages are read with the
 * rule of {@code council.CouncilRequestAuthorizations}).
 */
@Component
class MemberRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.POST, "/council/terms", "/council/terms/**", "/council/persons",
					"/council/persons/**", "/council/memberships/**", "/council/working-groups",
					"/council/working-groups/**", "/council/papers", "/council/papers/**", "/council/consultations/**",
					"/council/files/**")
			.hasRole(Role.COUNCIL_OFFICE.name());
	}

}
