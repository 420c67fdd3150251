package de.teilhabe.strategy.concept;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the concept: the module's start page and the versions of the
 * concept, for every staff role.
 */
@Configuration(proxyBeanMethods = false)
class ConceptNavigation {

	@Bean
	NavigationItem strategyStartNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.concept.nav.start", "/strategy", 200, Role.STAFF);
	}

	@Bean
	NavigationItem conceptVersionsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.concept.nav.versions", "/strategy/concepts", 210,
				Role.STAFF);
	}

}
