package de.teilhabe.council.member;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation of the council's office: its persons and memberships, and its papers.
 */
@Configuration(proxyBeanMethods = false)
class MemberNavigation {

	@Bean
	NavigationItem councilPersonsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "council.members.nav.persons", "/council/persons", 402,
				Role.COUNCIL_OFFICE);
	}

	@Bean
	NavigationItem councilPapersNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "council.members.nav.papers", "/council/papers", 415,
				Role.COUNCIL_OFFICE);
	}

}
