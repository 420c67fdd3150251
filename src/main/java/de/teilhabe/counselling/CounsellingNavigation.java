package de.teilhabe.counselling;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation of the Beratungsstelle: the clients and the cases (COUNSELLOR).
 */
@Configuration(proxyBeanMethods = false)
class CounsellingNavigation {

	@Bean
	NavigationItem counsellingClientsNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.clients", "/counselling/clients", 100,
				Role.COUNSELLOR);
	}

	@Bean
	NavigationItem counsellingCasesNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.cases", "/counselling/cases", 110,
				Role.COUNSELLOR);
	}

}
