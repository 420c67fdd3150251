package de.teilhabe.counselling.referral;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation: the partner's incoming referrals, the counsellor's outcome checks of its
 * referrals.
 */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

	@Bean
	NavigationItem incomingReferralsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "counselling.referrals.nav.incoming", "/referrals/incoming",
				150, Role.PARTNER);
	}

	@Bean
	NavigationItem referralFollowUpsNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.referrals.nav.followUps",
				"/counselling/referrals", 125, Role.COUNSELLOR);
	}

}
