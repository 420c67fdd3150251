package de.teilhabe.guides.partner;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of a partner organisation's requests for guides (PARTNER). */
@Configuration(proxyBeanMethods = false)
class PartnerNavigation {

	@Bean
	NavigationItem guidesPartnerRequestsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.partner.nav", "/guides/partner/requests", 140,
				Role.PARTNER);
	}

}
