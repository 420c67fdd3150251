package de.teilhabe.network;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the network.
 */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

	@Bean
	NavigationItem networkOrganisationsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.organisations", "/network/organisations", 400,
				Role.STRATEGY, Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem networkModerationNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.moderation", "/network/moderation", 410,
				Role.STRATEGY, Role.ADMIN);
	}

	@Bean
	NavigationItem networkMapNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.map.nav", "/network/map", 460, Role.STRATEGY,
				Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem networkImportNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.transfer.nav", "/network/import", 470,
				Role.STRATEGY, Role.ADMIN);
	}

	@Bean
	NavigationItem networkPartnerNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.mine", "/network/mine", 400, Role.PARTNER);
	}

	@Bean
	NavigationItem networkProjectsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.projects", "/network/projects", 420,
				Role.STRATEGY, Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem networkSupportNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.support", "/network/support", 430,
				Role.STRATEGY, Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem networkCommitteesNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.committees", "/network/committees", 440,
				Role.STRATEGY, Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR, Role.COUNCIL_OFFICE);
	}

	@Bean
	NavigationItem networkGraphNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "network.nav.graph", "/network/graph", 450, Role.STRATEGY,
				Role.ADMIN, Role.COUNSELLOR, Role.GUIDE_COORDINATOR);
	}

}
