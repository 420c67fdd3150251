package de.teilhabe.guides.assignment;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entry of the approval of done assignments for the Leitstelle
 * (GUIDE_COORDINATOR).
 */
@Configuration(proxyBeanMethods = false)
class WorkNavigation {

	@Bean
	NavigationItem guidesApprovalsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.approval.nav", "/guides/approvals", 125,
				Role.GUIDE_COORDINATOR);
	}

}
