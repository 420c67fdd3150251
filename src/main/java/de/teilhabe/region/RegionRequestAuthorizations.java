package de.teilhabe.region;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the pages and API of the region module: regions for every signed-in role,
 * tenant settings for the tenant's ADMIN, the public pages and their languages for
 * everyone.
 */
@Component
class RegionRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/regions", "/regions/**").authenticated();
		requests.requestMatchers("/admin/settings", "/admin/settings/**").hasRole(Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/p/**").permitAll();
		// the languages of the public pages: as public as the pages
		requests.requestMatchers(HttpMethod.GET, "/api/v1/languages").permitAll();
	}

}
