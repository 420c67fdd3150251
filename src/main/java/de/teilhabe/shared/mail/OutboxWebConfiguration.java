package de.teilhabe.shared.mail;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may see the outbox (ADMIN, own tenant), and its navigation entry.
 */
@Configuration(proxyBeanMethods = false)
class OutboxWebConfiguration {

	@Bean
	RequestAuthorizations outboxRequestAuthorizations() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/admin/outbox", "/admin/outbox/*")
			.hasRole(Role.ADMIN.name());
	}

	@Bean
	NavigationItem outboxNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "outbox.nav", "/admin/outbox", 920, Role.ADMIN);
	}

}
