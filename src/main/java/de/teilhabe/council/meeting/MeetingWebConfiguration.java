package de.teilhabe.council.meeting;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may run the meetings (COUNCIL_OFFICE: every form of {@code /council/**}; the pages
 * themselves are the office's already), and the navigation entry of the council's
 * settings.
 */
@Configuration(proxyBeanMethods = false)
class MeetingWebConfiguration {

	@Bean
	RequestAuthorizations councilMeetingRequestAuthorizations() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/council/**")
			.hasRole(Role.COUNCIL_OFFICE.name());
	}

	@Bean
	NavigationItem councilSettingsNavigation() {
		return new NavigationItem(NavigationGroup.NETWORK, "council.meetings.nav.settings", "/council/settings", 420,
				Role.COUNCIL_OFFICE);
	}

}
