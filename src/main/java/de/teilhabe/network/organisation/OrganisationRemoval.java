package de.teilhabe.network.organisation;

import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.BoundRecord;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.network.OrganisationRemoved;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing an organisation from the network (the office, after confirming what goes with
 * it): its offers, events and contact persons are withdrawn with it, its pending changes
 * are superseded, the accounts bound to it are released (they keep their roles but reach
 * no organisation), the removal is audited and published as {@link OrganisationRemoved},
 * all in one transaction.
 */
@Service
class OrganisationRemoval {

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final OfferStore offers;

	private final EventStore events;

	private final UserDirectory users;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	OrganisationRemoval(OrganisationStore organisations, ContactPersons contacts, OfferStore offers, EventStore events,
			UserDirectory users, AuditLog audit, ApplicationEventPublisher publisher) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.events = events;
		this.users = users;
		this.audit = audit;
		this.publisher = publisher;
	}

	/**
	 * What goes with the organisation.
	 * @throws NotFoundException if the tenant has no such organisation
	 */
	Consequences consequences(Actor office, UUID id) {
		Organisation organisation = find(office, id);
		UUID tenantId = office.tenantId();
		return new Consequences(organisation, this.offers.ofOrganisation(tenantId, id).size(),
				this.events.ofOrganisation(tenantId, id).size(), this.contacts.of(tenantId, id).size(),
				this.users.countBoundTo(tenantId, new BoundRecord(Kind.ORGANISATION, id)));
	}

	/**
	 * Removes the organisation with everything that goes with it.
	 * @throws NotFoundException if the tenant has no such organisation
	 */
	@Transactional
	Consequences remove(Actor office, UUID id) {
		Consequences consequences = consequences(office, id);
		UUID tenantId = office.tenantId();
		this.users.releaseAll(tenantId, new BoundRecord(Kind.ORGANISATION, id));
		// each person as when deleted alone: the changes holding their data are emptied
		this.contacts.of(tenantId, id).forEach((contact) -> this.contacts.delete(tenantId, contact.id()));
		// listeners in this transaction (the moderation queue) let go of it first
		this.publisher.publishEvent(new OrganisationRemoved(tenantId, id));
		this.organisations.delete(tenantId, id);
		this.audit.record(AuditCategory.OTHER, "network.organisation.removed", "network_organisation", id.toString(),
				null,
				"%s; offers: %d, events: %d, contacts: %d, released accounts: %d".formatted(
						consequences.organisation().name(), consequences.offers(), consequences.events(),
						consequences.contacts(), consequences.accounts()));
		return consequences;
	}

	private Organisation find(Actor office, UUID id) {
		return this.organisations.find(office.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

	/**
	 * An organisation and what goes with it when it is removed.
	 *
	 * @param organisation the organisation
	 * @param offers how many offers it has
	 * @param events how many events it has
	 * @param contacts how many contact persons it has
	 * @param accounts how many user accounts are bound to it
	 */
	record Consequences(Organisation organisation, int offers, int events, int contacts, int accounts) {
	}

}
