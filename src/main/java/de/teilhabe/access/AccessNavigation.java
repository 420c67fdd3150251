package de.teilhabe.access;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the access module.
 */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.users", "/admin/users", 900, Role.ADMIN);
	}

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "access.nav.audit", "/audit", 950, Role.PRIVACY_OFFICER,
				Role.ADMIN);
	}

	@Bean
	NavigationItem profileNavigation() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "nav.profile", "/profile", 990, Role.values());
	}

}
