package de.teilhabe.network.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;

import de.teilhabe.network.OrganisationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an organisation is removed, the pending changes of its entries leave the
 * moderation queue (superseded: there is nothing left to approve them for). Runs in the
 * transaction of the removal.
 */
@Component
class RemovedOrganisationChanges {

	private final ChangeStore changes;

	private final Clock clock;

	RemovedOrganisationChanges(ChangeStore changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@EventListener
	void on(OrganisationRemoved removed) {
		this.changes.supersedeOfOrganisation(removed.tenantId(), removed.organisationId(),
				OffsetDateTime.now(this.clock));
	}

}
