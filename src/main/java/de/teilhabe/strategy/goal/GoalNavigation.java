package de.teilhabe.strategy.goal;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries of the goals and the controlling. */
@Configuration(proxyBeanMethods = false)
class GoalNavigation {

	@Bean
	NavigationItem strategyGoalsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.goal.nav.goals", "/strategy/goals", 220,
				Role.STAFF);
	}

	@Bean
	NavigationItem strategyControllingNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.goal.nav.controlling", "/strategy/controlling",
				260, Role.STAFF);
	}

}
