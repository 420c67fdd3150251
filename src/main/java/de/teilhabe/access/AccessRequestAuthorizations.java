package de.teilhabe.access;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the pages and API of the access module.
 */
@Component
class AccessRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/").authenticated();
		requests.requestMatchers("/profile", "/profile/**").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
		requests.requestMatchers("/admin/users", "/admin/users/**").hasRole(Role.ADMIN.name());
		requests.requestMatchers("/invitation/*").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/audit", "/api/v1/audit")
			.hasAnyRole(Role.PRIVACY_OFFICER.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.POST, "/audit/full-check").hasRole(Role.PRIVACY_OFFICER.name());
	}

}
