package de.teilhabe.counselling.client;

import java.util.ArrayList;
import java.util.List;

import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The start page: a counsellor sees how many clients are in its responsibility (linked to
 * its list); the PRIVACY_OFFICER how many break-glass accesses to clients were opened in
 * the last 30 days (linked to the audit log's case accesses, where each stands with its
 * reason).
 */
@Component
class ClientWorkQueue implements WorkQueue {

	private final ClientStore store;

	private final ClientAccess access;

	ClientWorkQueue(ClientStore store, ClientAccess access) {
		this.store = store;
		this.access = access;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		List<WorkItem> items = new ArrayList<>();
		if (actor.has(Role.COUNSELLOR)) {
			items.add(new WorkItem("counselling.work.mine", "/counselling/clients",
					this.store.countResponsible(actor.tenantId(), actor.userId())));
		}
		if (actor.has(Role.PRIVACY_OFFICER)) {
			long breakGlass = this.access.countUnreviewedBreakGlass(actor.tenantId());
			if (breakGlass > 0) {
				items.add(new WorkItem("counselling.work.breakGlass", "/privacy/break-glass", breakGlass));
			}
		}
		return items;
	}

}
