package de.teilhabe.counselling;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use counselling: COUNSELLOR only, on every page under {@code /counselling/**}
 * and every endpoint under {@code /api/v1/counselling/**}, whatever the method; ADMIN and
 * every other role are refused (403). Which client a counsellor may read (responsible,
 * deputy, break-glass) is decided per record by {@code access.ClientAccess}. The
 * PRIVACY_OFFICER's review of break-glass accesses and the record of processing
 * activities (Art. 30) live under {@code /privacy/…} for the officer only (the record is
 * also at {@code /counselling/processing-record} for the counsellors). Ordered first, so
 * that no broader rule of another module comes before it, but after the walled-off
 * discrimination complaints ({@code discrimination.DiscriminationRequestAuthorizations}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CounsellingRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/counselling", "/counselling/**", "/api/v1/counselling/**")
			.hasRole(Role.COUNSELLOR.name());
		// the PRIVACY_OFFICER's pages of the module, in the privacy module's URL space
		// (not ADMIN: the review shows the break-glass reasons)
		requests
			.requestMatchers(HttpMethod.GET, "/privacy/break-glass", "/privacy/records/counselling",
					"/privacy/records/counselling.pdf")
			.hasRole(Role.PRIVACY_OFFICER.name());
		requests.requestMatchers(HttpMethod.POST, "/privacy/break-glass/*/review").hasRole(Role.PRIVACY_OFFICER.name());
	}

}
