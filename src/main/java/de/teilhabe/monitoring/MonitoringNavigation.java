package de.teilhabe.monitoring;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the monitoring module.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringNavigation {

	@Bean
	NavigationItem statisticsNavigation() {
		return new NavigationItem(NavigationGroup.MONITORING, "monitoring.nav.series", "/statistics", 300, Role.STAFF);
	}

	@Bean
	NavigationItem statisticsImportsNavigation() {
		return new NavigationItem(NavigationGroup.MONITORING, "monitoring.nav.imports", "/statistics/imports", 310,
				Role.STRATEGY, Role.ADMIN);
	}

}
