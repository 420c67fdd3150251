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
 * a year; for a partner's: its own entry, if it is one of them.
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
		OffsetDateTime cutoff = OffsetDateTime.now(this.clock).minusMonths(ConfirmationController.MONTHS);
		if (this.scope.isOffice(actor)) {
			int due = this.organisations.confirmedBefore(actor.tenantId(), cutoff).size();
			return (due == 0) ? List.of()
					: List.of(new WorkItem("network.work.confirmations", "/network/confirmations", due));
		}
		// a partner: its own entry, if not confirmed for a year
		return this.scope.partnerOrganisation(actor)
			.flatMap((id) -> this.organisations.find(actor.tenantId(), id))
			.filter((organisation) -> organisation.confirmedAt() != null && organisation.confirmedAt().isBefore(cutoff))
			.map((organisation) -> List.of(new WorkItem("network.work.confirmOwn",
					"/network/organisations/" + organisation.id(), organisation.name())))
			.orElse(List.of());
	}

}
