package de.teilhabe.portal.statistics;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the portal's statistics (STRATEGY), after the Wegweiser's pages. */
@Configuration(proxyBeanMethods = false)
class PortalStatisticsNavigation {

	@Bean
	NavigationItem portalStatisticsNavigationItem() {
		return new NavigationItem(NavigationGroup.NETWORK, "portal.nav.statistics", "/portal/statistics", 481,
				Role.STRATEGY);
	}

}
