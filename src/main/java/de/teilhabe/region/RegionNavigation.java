package de.teilhabe.region;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the region module.
 */
@Configuration(proxyBeanMethods = false)
class RegionNavigation {

	@Bean
	NavigationItem regionsNavigation() {
		return new NavigationItem(NavigationGroup.MONITORING, "region.nav.regions", "/regions", 800, Role.STAFF);
	}

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "region.nav.settings", "/admin/settings", 910,
				Role.ADMIN);
	}

}
