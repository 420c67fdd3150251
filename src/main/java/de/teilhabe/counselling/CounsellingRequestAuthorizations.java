package de.teilhabe.counselling;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use counselling: COUNSELLOR only, on every page under {@code /counselling/**}
 * and every endpoint under {@code /api/v1/counselling/**}, whatever the method; ADMIN and
 * every other role are refused (403). Which client a counsellor may read (responsible,
 * deputy, break-glass) is decided per record by {@code access.ClientAccess}. Ordered
 * first, so that no broader rule of another module comes before it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CounsellingRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/counselling", "/counselling/**", "/api/v1/counselling/**")
			.hasRole(Role.COUNSELLOR.name());
	}

}
