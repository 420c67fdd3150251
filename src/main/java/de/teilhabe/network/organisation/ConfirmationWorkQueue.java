package de.teilhabe.network.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * For the office's start page: how many organisations have not confirmed their entry for
 * a year.
 */
@Component
class ConfirmationWorkQueue implements WorkQueue {

	private final OrganisationStore organisations;

	private final NetworkScope scope;

	private final Clock clock;

	ConfirmationWorkQueue(OrganisationStore organisations, NetworkScope scope, Clock clock) {
		this.organisations = organisations;
		this.scope = scope;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!this.scope.isOffice(actor)) {
			return List.of();
		}
		int due = this.organisations
			.confirmedBefore(actor.tenantId(),
					OffsetDateTime.now(this.clock).minusMonths(ConfirmationController.MONTHS))
			.size();
		return (due == 0) ? List.of()
				: List.of(new WorkItem("network.work.confirmations", "/network/confirmations", due));
	}

}
