package de.teilhabe.reporting;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the reports: STRATEGY writes definitions, starts and cancels runs; every
 * staff role reads definitions, runs, versions and their documents (aggregate figures, no
 * personal data). GUIDE and PARTNER have no access.
 */
@Component
class ReportingRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		String strategy = Role.STRATEGY.name();
		requests.requestMatchers(HttpMethod.POST, "/api/v1/reports", "/api/v1/reports/*/runs").hasRole(strategy);
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/reports/*").hasRole(strategy);
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/reports/runs/*").hasRole(strategy);
		requests
			.requestMatchers(HttpMethod.GET, "/api/v1/reports", "/api/v1/reports/*", "/api/v1/reports/runs/*",
					"/api/v1/reports/runs/*/document.pdf", "/api/v1/reports/runs/*/document.html")
			.hasAnyRole(staff);
		requests.requestMatchers(HttpMethod.GET, "/reports/new", "/reports/*/edit").hasRole(strategy);
		requests.requestMatchers(HttpMethod.POST, "/reports", "/reports/*", "/reports/*/runs", "/reports/runs/*/cancel")
			.hasRole(strategy);
		requests
			.requestMatchers(HttpMethod.GET, "/reports", "/reports/*", "/reports/*/changes", "/reports/runs/*",
					"/reports/runs/*/document.pdf", "/reports/runs/*/document.html")
			.hasAnyRole(staff);
	}

}
