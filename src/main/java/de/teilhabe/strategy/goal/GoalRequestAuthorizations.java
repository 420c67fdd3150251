package de.teilhabe.strategy.goal;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the goals and the controlling: STRATEGY writes goals and the tolerance;
 * every staff role reads goals, the controlling (the overview and each field's dashboard)
 * and the goals API (aggregate figures, no personal data). GUIDE and PARTNER have no
 * access.
 */
@Component
class GoalRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/strategy/goals").hasRole(Role.STRATEGY.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/strategy/goals", "/api/v1/strategy/goals/*")
			.hasAnyRole(staff);
		requests.requestMatchers(HttpMethod.GET, "/strategy/goals/new", "/strategy/goals/*/edit", "/strategy/settings")
			.hasRole(Role.STRATEGY.name());
		requests.requestMatchers(HttpMethod.POST, "/strategy/goals", "/strategy/goals/*", "/strategy/settings")
			.hasRole(Role.STRATEGY.name());
		requests
			.requestMatchers(HttpMethod.GET, "/strategy/goals", "/strategy/goals/*", "/strategy/controlling",
					"/strategy/controlling/fields/*")
			.hasAnyRole(staff);
	}

}
