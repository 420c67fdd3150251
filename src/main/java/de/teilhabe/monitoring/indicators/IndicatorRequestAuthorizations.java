package de.teilhabe.monitoring.indicators;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the indicator API: STRATEGY and ADMIN define, change and delete own
 * indicators (ADMIN as the tenant's administrator of settings); every staff role reads
 * the catalogue and values, PRIVACY_OFFICER included (aggregate official statistics, no
 * personal data). GUIDE and PARTNER have no access (least privilege: they work outside
 * the office's monitoring).
 */
@Component
class IndicatorRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/indicators")
			.hasAnyRole(Role.STRATEGY.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/indicators/*")
			.hasAnyRole(Role.STRATEGY.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/indicators/*")
			.hasAnyRole(Role.STRATEGY.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/indicators", "/api/v1/indicators/**").hasAnyRole(staff);
	}

}
