package de.teilhabe.council;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation of the council's office (COUNCIL_OFFICE): the council with its members, and
 * the meetings. In the network's section until the council has a section of its own.
 */
@Configuration(proxyBeanMethods = false)
class CouncilNavigation {

	@Bean
	NavigationItem councilOverviewNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "council.nav.council", "/council", 400, Role.COUNCIL_OFFICE);
	}

	@Bean
	NavigationItem councilMeetingsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "council.nav.meetings", "/council/meetings", 410,
				Role.COUNCIL_OFFICE);
	}

}
