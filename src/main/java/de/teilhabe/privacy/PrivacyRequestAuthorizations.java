package de.teilhabe.privacy;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the pages and API of the privacy module: the PRIVACY_OFFICER; ADMIN may
 * read the retention page. A consent's page and its withdrawal are open to the office
 * roles too, which record contact persons' consents; which consents a role may withdraw
 * is decided per subject type (its {@code ConsentOwner}), the others are not found.
 */
@Component
class PrivacyRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String officer = Role.PRIVACY_OFFICER.name();
		requests.requestMatchers(HttpMethod.GET, "/privacy/retention").hasAnyRole(officer, Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.POST, "/privacy/retention/run").hasRole(officer);
		requests.requestMatchers(HttpMethod.GET, "/privacy/consents").hasRole(officer);
		String[] withdrawing = { officer, Role.STRATEGY.name(), Role.ADMIN.name() };
		requests.requestMatchers("/privacy/consents/*/withdrawal").hasAnyRole(withdrawing);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/privacy/consents/*/withdrawal").hasAnyRole(withdrawing);
		requests.requestMatchers(HttpMethod.GET, "/privacy/subjects", "/privacy/subjects/*/*/export").hasRole(officer);
		requests
			.requestMatchers(HttpMethod.POST, "/privacy/subjects/*/*/erase", "/privacy/subjects/*/*/export",
					"/privacy/subjects/*/*/report", "/privacy/subjects/*/*/report.pdf")
			.hasRole(officer);
		requests.requestMatchers(HttpMethod.GET, "/api/v1/privacy/subjects/*/*/export").hasRole(officer);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/privacy/subjects/*/*/erasure").hasRole(officer);
	}

}
