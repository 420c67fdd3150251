package de.teilhabe.network.moderation;

import java.util.List;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * For the office's start page: how many partner changes wait for approval; for a
 * partner's: how many of its own changes still wait.
 */
@Component
class ModerationWorkQueue implements WorkQueue {

	private final ChangeStore changes;

	private final NetworkScope scope;

	ModerationWorkQueue(ChangeStore changes, NetworkScope scope) {
		this.changes = changes;
		this.scope = scope;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (this.scope.isOffice(actor)) {
			int pending = this.changes.countPending(actor.tenantId());
			return (pending == 0) ? List.of()
					: List.of(new WorkItem("network.work.moderation", "/network/moderation", pending));
		}
		// a partner: its own changes that the office has not decided yet
		return this.scope.partnerOrganisation(actor).map((organisation) -> {
			long own = this.changes.ofOrganisation(actor.tenantId(), organisation)
				.stream()
				.filter(PendingChange::pending)
				.count();
			return (own == 0) ? List.<WorkItem>of()
					: List.of(new WorkItem("network.work.ownPending", "/network/mine", own));
		}).orElse(List.of());
	}

}
