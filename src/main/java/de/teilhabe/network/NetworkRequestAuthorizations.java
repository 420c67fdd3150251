package de.teilhabe.network;

import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the pages and API of the network. STRATEGY and ADMIN maintain and moderate;
 * COUNSELLOR and GUIDE_COORDINATOR read; PARTNER reaches the pages of its own
 * organisation (the controllers answer "not found" for anything else); the read API and
 * the iCal feed are public (approved, public data only).
 */
@Component
class NetworkRequestAuthorizations implements RequestAuthorizations {

	private static final String[] OFFICE = { Role.STRATEGY.name(), Role.ADMIN.name() };

	private static final String[] READERS = { Role.STRATEGY.name(), Role.ADMIN.name(), Role.COUNSELLOR.name(),
			Role.GUIDE_COORDINATOR.name() };

	private static final String[] READERS_AND_PARTNERS = { Role.STRATEGY.name(), Role.ADMIN.name(),
			Role.COUNSELLOR.name(), Role.GUIDE_COORDINATOR.name(), Role.PARTNER.name() };

	/** The committees are read by the readers and the council's office (read-only). */
	private static final String[] COMMITTEE_READERS = { Role.STRATEGY.name(), Role.ADMIN.name(), Role.COUNSELLOR.name(),
			Role.GUIDE_COORDINATOR.name(), Role.COUNCIL_OFFICE.name() };

	private static final String[] EDITORS = { Role.STRATEGY.name(), Role.ADMIN.name(), Role.PARTNER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		// the write API: the roles that edit on the pages (a partner only its own
		// organisation's entries, checked by the controller)
		requests.requestMatchers(HttpMethod.POST, "/api/v1/organisations").hasAnyRole(OFFICE);
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*", "/api/v1/offers/*", "/api/v1/events/*")
			.hasAnyRole(EDITORS);
		requests.requestMatchers(HttpMethod.POST, "/api/v1/offers", "/api/v1/events").hasAnyRole(EDITORS);
		requests
			.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/offers", "/api/v1/events",
					"/api/v1/events.ics")
			.permitAll();
		// the read API of projects, MSO support and committees: who reads their pages
		requests.requestMatchers(HttpMethod.GET, "/api/v1/projects", "/api/v1/support").hasAnyRole(READERS);
		requests.requestMatchers(HttpMethod.GET, "/api/v1/committees").hasAnyRole(COMMITTEE_READERS);
		// projects, MSO support, committees and the network graph: the office maintains,
		// readers read; a PARTNER sees none of these pages (only the history section of
		// its
		// own organisation's page)
		requests.requestMatchers(HttpMethod.GET, "/network/projects/new", "/network/projects/*/edit",
				"/network/support/trainings/new", "/network/support/trainings/*/edit", "/network/support/opening/new",
				"/network/support/opening/*/edit", "/network/committees/new", "/network/committees/*/edit",
				"/network/committees/*/memberships/new", "/network/committees/*/meetings/new",
				"/network/committee-memberships/*/edit", "/network/committee-meetings/*/edit")
			.hasAnyRole(OFFICE);
		requests
			.requestMatchers(HttpMethod.POST, "/network/projects", "/network/projects/*", "/network/support/trainings",
					"/network/support/trainings/*", "/network/support/opening", "/network/support/opening/*",
					"/network/committees", "/network/committees/*", "/network/committees/*/memberships",
					"/network/committees/*/meetings", "/network/committee-memberships/*",
					"/network/committee-meetings/*")
			.hasAnyRole(OFFICE);
		requests
			.requestMatchers(HttpMethod.GET, "/network/projects", "/network/projects/*", "/network/support",
					"/network/support/trainings/*", "/network/graph")
			.hasAnyRole(READERS);
		requests.requestMatchers(HttpMethod.GET, "/network/committees", "/network/committees/*")
			.hasAnyRole(COMMITTEE_READERS);
		// office only (removing an organisation: before the partners' editing rules)
		requests.requestMatchers("/network/organisations/*/remove").hasAnyRole(OFFICE);
		requests
			.requestMatchers("/network/moderation", "/network/moderation/**", "/network/confirmations",
					"/network/import", "/network/import/**", "/network/event-import", "/network/event-import/**")
			.hasAnyRole(OFFICE);
		requests.requestMatchers(HttpMethod.GET, "/network/organisations/new", "/network/events/new")
			.hasAnyRole(OFFICE);
		requests
			.requestMatchers(HttpMethod.POST, "/network/organisations", "/network/events",
					"/network/organisations/*/confirmation-request")
			.hasAnyRole(OFFICE);
		// lists, exports and the map: readers (a partner has its own organisation's page)
		requests
			.requestMatchers(HttpMethod.GET, "/network/organisations", "/network/offers", "/network/events",
					"/network/organisations/export", "/network/offers/export", "/network/events/export", "/network/map",
					"/network/map/markers")
			.hasAnyRole(READERS);
		requests.requestMatchers(HttpMethod.GET, "/network/mine").hasRole(Role.PARTNER.name());
		// editing: the office, and a partner for its own organisation (checked by the
		// controllers)
		requests
			.requestMatchers(HttpMethod.GET, "/network/organisations/*/edit", "/network/organisations/*/offers/new",
					"/network/organisations/*/events/new", "/network/offers/*/edit", "/network/events/*/edit",
					"/network/organisations/*/contacts/new", "/network/contacts/*/edit")
			.hasAnyRole(EDITORS);
		requests
			.requestMatchers(HttpMethod.POST, "/network/organisations/*", "/network/organisations/*/confirm",
					"/network/organisations/*/offers", "/network/organisations/*/events", "/network/offers/*",
					"/network/events/*", "/network/organisations/*/contacts", "/network/contacts/*",
					"/network/contacts/*/delete")
			.hasAnyRole(EDITORS);
		// details
		requests
			.requestMatchers(HttpMethod.GET, "/network/organisations/*", "/network/offers/*", "/network/events/*",
					"/network/contacts/*/vcard", "/network/organisations/*/contacts.vcf")
			.hasAnyRole(READERS_AND_PARTNERS);
	}

}
