package de.teilhabe.counselling.statistics;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics page in the navigation of the Beratungsstelle (COUNSELLOR). */
@Configuration(proxyBeanMethods = false)
class CounsellingStatisticsNavigation {

	@Bean
	NavigationItem counsellingStatisticsNavigationItem() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.statistics", "/counselling/statistics",
				170, Role.COUNSELLOR);
	}

}
