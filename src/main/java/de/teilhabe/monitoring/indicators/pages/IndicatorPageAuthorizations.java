package de.teilhabe.monitoring.indicators.pages;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the indicator pages, as the indicator API: STRATEGY and ADMIN define, edit
 * and delete own indicators; every staff role reads overview, indicator pages and
 * downloads. GUIDE and PARTNER have no access.
 */
@Component
class IndicatorPageAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		// the form first: it lies under the read-only pattern
		requests.requestMatchers("/indicators/new", "/indicators/*/edit", "/indicators/*/delete")
			.hasAnyRole(Role.STRATEGY.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/indicators", "/indicators/**").hasAnyRole(staff);
	}

}
