package de.teilhabe.strategy.dialog;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the Integrationsdialog: STRATEGY writes (groups, dialogs, workshops,
 * participants, capture, statements) and deletes dialogs and workshops, every staff role
 * reads (lists, heatmap, handouts, protocols, the live screen); the join page
 * {@code /w/{code}} is anonymous (the code is the permission, see
 * {@link JoinController}).
 */
@Component
class DialogRequestAuthorizations implements RequestAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] staff = Role.names(Role.STAFF);
		requests.requestMatchers("/w/*").permitAll();
		requests
			.requestMatchers(HttpMethod.GET, "/strategy/dialogs/new", "/strategy/dialogs/*/edit",
					"/strategy/dialogs/*/workshops/new", "/strategy/workshops/*/edit",
					"/strategy/workshops/*/participants/new", "/strategy/workshops/*/statements/*",
					"/strategy/workshops/*/delete", "/strategy/dialogs/*/delete")
			.hasRole(Role.STRATEGY.name());
		requests
			.requestMatchers(HttpMethod.GET, "/strategy/stakeholder-groups", "/strategy/dialogs", "/strategy/dialogs/*",
					"/strategy/dialogs/*/priorities", "/strategy/workshops/*", "/strategy/workshops/*/capture",
					"/strategy/workshops/*/qr.svg", "/strategy/workshops/*/handout",
					"/strategy/workshops/*/handout.pdf", "/strategy/workshops/*/protocol",
					"/strategy/workshops/*/protocol.pdf", "/api/v1/strategy/dialogs/*/priorities")
			.hasAnyRole(staff);
		requests
			.requestMatchers(HttpMethod.POST, "/strategy/stakeholder-groups", "/strategy/stakeholder-groups/**",
					"/strategy/dialogs", "/strategy/dialogs/**", "/strategy/workshops/**")
			.hasRole(Role.STRATEGY.name());
	}

}
