package de.teilhabe.monitoring;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the statistics pages and API: STRATEGY imports, rolls back and defines
 * statistical areas; STRATEGY and ADMIN see the import history; every staff role reads
 * the series. GUIDE and PARTNER have no access.
 */
@Component
class MonitoringRequestAuthorizations implements RequestAuthorizations {

	private static final String[] STAFF = Role.names(Role.STAFF);

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String strategy = Role.STRATEGY.name();
		// API
		requests.requestMatchers(HttpMethod.POST, "/api/v1/statistics/imports", "/api/v1/statistics/imports/**")
			.hasRole(strategy);
		requests.requestMatchers(HttpMethod.GET, "/api/v1/statistics/imports", "/api/v1/statistics/imports/**")
			.hasAnyRole(strategy, Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/statistics/series", "/api/v1/statistics/series/**")
			.hasAnyRole(STAFF);
		// pages
		requests.requestMatchers("/statistics/upload", "/statistics/areas").hasRole(strategy);
		requests.requestMatchers(HttpMethod.POST, "/statistics/imports/**").hasRole(strategy);
		requests.requestMatchers(HttpMethod.GET, "/statistics/imports", "/statistics/imports/**")
			.hasAnyRole(strategy, Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/statistics", "/statistics/series/**").hasAnyRole(STAFF);
	}

}
