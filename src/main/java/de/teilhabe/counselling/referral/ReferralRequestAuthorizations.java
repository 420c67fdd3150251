package de.teilhabe.counselling.referral;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may see incoming referrals: PARTNER only, at {@code /referrals/incoming…} (pages)
 * and {@code /api/v1/referrals/incoming…}; which referral is decided per record (its own
 * organisation's, active). The counsellors' referral pages and API are under
 * {@code /counselling/**} and {@code /api/v1/counselling/**} (COUNSELLOR). Ordered first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/referrals/incoming", "/referrals/incoming/**", "/api/v1/referrals/incoming",
					"/api/v1/referrals/incoming/**")
			.hasRole(Role.PARTNER.name());
	}

}
