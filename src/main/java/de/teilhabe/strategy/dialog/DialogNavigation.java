package de.teilhabe.strategy.dialog;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries of the Integrationsdialog. */
@Configuration(proxyBeanMethods = false)
class DialogNavigation {

	@Bean
	NavigationItem dialogsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.dialog.nav.dialogs", "/strategy/dialogs", 520,
				Role.STAFF);
	}

	@Bean
	NavigationItem stakeholderGroupsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.dialog.nav.groups",
				"/strategy/stakeholder-groups", 530, Role.STAFF);
	}

}
