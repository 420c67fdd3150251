package de.teilhabe.guides.training;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the trainings: a GUIDE reads its own ({@code /guides/me/trainings}); the
 * course API (with enrolments, attendance and completions) is GUIDE_COORDINATOR's (the
 * course pages under {@code /guides/} are the coordinator's by the module's own rules).
 * Ordered first, so that the guide's page is not taken for a coordinator's page under
 * {@code /guides/**}; it names only these paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/guides/me/trainings").hasRole(Role.GUIDE.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/guide-trainings", "/api/v1/guide-trainings/*")
			.hasRole(Role.GUIDE_COORDINATOR.name());
		requests
			.requestMatchers(HttpMethod.POST, "/api/v1/guide-trainings", "/api/v1/guide-trainings/*/enrolments",
					"/api/v1/guide-trainings/*/completions")
			.hasRole(Role.GUIDE_COORDINATOR.name());
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/guide-trainings/*/enrolments/*")
			.hasRole(Role.GUIDE_COORDINATOR.name());
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/guide-trainings/*/sessions/*/attendance")
			.hasRole(Role.GUIDE_COORDINATOR.name());
	}

}
