package de.teilhabe.strategy.measure;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the measure and conference pages and the measure API: STRATEGY plans, edits
 * and merges; every staff role reads; a PARTNER reads the measures its organisation
 * carries and reports on them (status, progress notes) — which ones is checked by
 * {@link MeasureScope} (404 for the others).
 */
@Component
class MeasureRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		String[] readers = java.util.Arrays.copyOf(staff, staff.length + 1);
		readers[staff.length] = Role.PARTNER.name();
		String strategy = Role.STRATEGY.name();
		requests.requestMatchers(HttpMethod.GET, "/strategy/measures/new", "/strategy/measures/*/edit")
			.hasRole(strategy);
		requests.requestMatchers(HttpMethod.GET, "/strategy/measures", "/strategy/measures/*").hasAnyRole(readers);
		requests.requestMatchers(HttpMethod.POST, "/strategy/measures/*/status", "/strategy/measures/*/notes")
			.hasAnyRole(strategy, Role.PARTNER.name());
		requests.requestMatchers(HttpMethod.POST, "/strategy/measures", "/strategy/measures/*").hasRole(strategy);
		requests.requestMatchers(HttpMethod.GET, "/strategy/conference", "/strategy/conference/present")
			.hasAnyRole(staff);
		requests.requestMatchers(HttpMethod.POST, "/strategy/conference/**").hasRole(strategy);
		requests.requestMatchers(HttpMethod.GET, "/api/v1/strategy/measures", "/api/v1/strategy/measures/*")
			.hasAnyRole(readers);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/strategy/measures").hasRole(strategy);
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/strategy/measures/*").hasRole(strategy);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/strategy/measures/*/notes")
			.hasAnyRole(strategy, Role.PARTNER.name());
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/strategy/measures/*/status")
			.hasAnyRole(strategy, Role.PARTNER.name());
	}

}
