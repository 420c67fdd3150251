package de.teilhabe.network.moderation;

import java.util.List;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * For the office's start page: how many partner changes wait for approval.
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
		if (!this.scope.isOffice(actor)) {
			return List.of();
		}
		int pending = this.changes.countPending(actor.tenantId());
		return (pending == 0) ? List.of()
				: List.of(new WorkItem("network.work.moderation", "/network/moderation", pending));
	}

}
