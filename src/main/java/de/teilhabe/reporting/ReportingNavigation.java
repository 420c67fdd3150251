package de.teilhabe.reporting;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the reports. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

	@Bean
	NavigationItem reportsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "reporting.nav.reports", "/reports", 300, Role.STAFF);
	}

}
