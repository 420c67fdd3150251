package de.teilhabe.guides.assignment;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the work on assignments: a GUIDE its own assignments' pages
 * ({@code /guides/me/**}) and API ({@code /api/v1/me/assignments/**}), the Leitstelle
 * (GUIDE_COORDINATOR) the approval ({@code /guides/approvals/**},
 * {@code /api/v1/guide-assignments/*}/approval). Ordered first, so that these rules come
 * before the module's rule for everything under {@code /guides/**}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String guide = Role.GUIDE.name();
		requests.requestMatchers(HttpMethod.GET, "/guides/me/**", "/api/v1/me/assignments/**").hasRole(guide);
		requests.requestMatchers(HttpMethod.POST, "/guides/me/**", "/api/v1/me/assignments/**").hasRole(guide);
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/me/assignments/*/work-entries/*").hasRole(guide);
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/me/assignments/*/work-entries/*").hasRole(guide);
		requests.requestMatchers(HttpMethod.GET, "/guides/approvals", "/guides/approvals/**")
			.hasRole(Role.GUIDE_COORDINATOR.name());
		requests.requestMatchers(HttpMethod.POST, "/guides/approvals/**", "/api/v1/guide-assignments/*/approval")
			.hasRole(Role.GUIDE_COORDINATOR.name());
	}

}
