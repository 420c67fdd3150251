package de.teilhabe.privacy;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the privacy module.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

	@Bean
	NavigationItem subjectsNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "privacy.nav.subjects", "/privacy/subjects", 800,
				Role.PRIVACY_OFFICER);
	}

	@Bean
	NavigationItem consentsNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "privacy.nav.consents", "/privacy/consents", 810,
				Role.PRIVACY_OFFICER);
	}

	@Bean
	NavigationItem retentionNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "privacy.nav.retention", "/privacy/retention", 820,
				Role.PRIVACY_OFFICER, Role.ADMIN);
	}

}
