package de.teilhabe.strategy.concept;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the concept pages: every staff role reads the start page, the versions,
 * their comparison and export; STRATEGY writes (a new version, changes of a draft, its
 * adoption) and sees the forms. GUIDE and PARTNER have no access.
 */
@Component
class ConceptRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		requests.requestMatchers(HttpMethod.GET, "/strategy/concepts/new", "/strategy/concepts/*/edit",
				"/strategy/concepts/*/guidelines", "/strategy/concepts/*/fields/**", "/strategy/concepts/*/adoption")
			.hasRole(Role.STRATEGY.name());
		requests.requestMatchers(HttpMethod.POST, "/strategy/concepts", "/strategy/concepts/**")
			.hasRole(Role.STRATEGY.name());
		requests
			.requestMatchers(HttpMethod.GET, "/strategy", "/strategy/concepts", "/strategy/concepts/*",
					"/strategy/concepts/*/comparison", "/strategy/concepts/*/export")
			.hasAnyRole(staff);
	}

}
