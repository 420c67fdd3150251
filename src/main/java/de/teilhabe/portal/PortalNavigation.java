package de.teilhabe.portal;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation of the portal's editing (STRATEGY): the page tree with the translation
 * queue. In the network's section, beside the organisations and offers the public sees.
 */
@Configuration(proxyBeanMethods = false)
class PortalNavigation {

	@Bean
	NavigationItem portalPagesNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "portal.nav.pages", "/portal", 480, Role.STRATEGY);
	}

	@Bean
	NavigationItem portalFeedbackNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "portal.forms.nav.feedback", "/portal/feedback", 481,
				Role.STRATEGY);
	}

}
