package de.teilhabe.guides;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the guide network: GUIDE_COORDINATOR runs it (profiles, requests,
 * candidates, assignments, batch runs); a GUIDE reads and answers only its own
 * assignments ({@code /guides/me}, {@code /api/v1/me/assignments}); a PARTNER its
 * organisation's requests ({@code /guides/partner/**},
 * {@code /api/v1/partner/guide-requests}). Everything else under these paths is refused.
 */
@Component
class GuidesRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String coordinator = Role.GUIDE_COORDINATOR.name();
		// a partner organisation's own requests (guides.partner): PARTNER only
		requests
			.requestMatchers("/guides/partner/**", "/api/v1/partner/guide-requests",
					"/api/v1/partner/guide-requests/**")
			.hasRole(Role.PARTNER.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/me/assignments", "/guides/me").hasRole(Role.GUIDE.name());
		requests.requestMatchers(HttpMethod.POST, "/guides/me/**").hasRole(Role.GUIDE.name());
		requests
			.requestMatchers(HttpMethod.GET, "/guides/**", "/api/v1/guides", "/api/v1/guides/**",
					"/api/v1/guide-requests", "/api/v1/guide-requests/**")
			.hasRole(coordinator);
		requests
			.requestMatchers(HttpMethod.POST, "/guides/**", "/api/v1/guides", "/api/v1/guides/**",
					"/api/v1/guide-requests", "/api/v1/guide-requests/**", "/api/v1/guide-matching/runs",
					"/api/v1/guide-matching/runs/*/confirm")
			.hasRole(coordinator);
		requests
			.requestMatchers(HttpMethod.PUT, "/api/v1/guides/*", "/api/v1/guide-requests/*",
					"/api/v1/guide-matching/runs/*/assignments/*")
			.hasRole(coordinator);
	}

}
