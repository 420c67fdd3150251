package de.teilhabe.guides.report;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read the guide network's figures through the API: GUIDE_COORDINATOR only (the
 * report pages under {@code /guides/} are the coordinator's already).
 */
@Component
class GuideReportRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/guide-reports").hasRole(Role.GUIDE_COORDINATOR.name());
	}

}
