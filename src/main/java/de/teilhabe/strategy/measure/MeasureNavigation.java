package de.teilhabe.strategy.measure;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the measures and the Integrationskonferenz.
 */
@Configuration(proxyBeanMethods = false)
class MeasureNavigation {

	@Bean
	NavigationItem strategyMeasuresNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.measure.nav", "/strategy/measures", 240,
				Role.ADMIN, Role.STRATEGY, Role.COUNSELLOR, Role.GUIDE_COORDINATOR, Role.COUNCIL_OFFICE,
				Role.PRIVACY_OFFICER, Role.PARTNER);
	}

	@Bean
	NavigationItem strategyConferenceNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.measure.conference.nav", "/strategy/conference",
				230, Role.ADMIN, Role.STRATEGY, Role.COUNSELLOR, Role.GUIDE_COORDINATOR, Role.COUNCIL_OFFICE,
				Role.PRIVACY_OFFICER);
	}

}
