package de.teilhabe.counselling.discrimination;

import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The start page of a counsellor holding the permission: how many reports of the public
 * form wait for review, linked to them. Nothing for anyone else.
 */
@Component
class ComplaintWorkQueue implements WorkQueue {

	private final Complaints complaints;

	ComplaintWorkQueue(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!this.complaints.permitted(actor)) {
			return List.of();
		}
		return List.of(new WorkItem("counselling.discrimination.work.unreviewed",
				ComplaintController.PATH + "?unreviewed=true", this.complaints.countUnreviewed(actor.tenantId())));
	}

}
