package de.teilhabe.guides;

import java.util.ArrayList;
import java.util.List;

import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.training.Trainings;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The Leitstelle's start page: open requests waiting for a guide, people interested in
 * the engagement waiting for a first conversation, done assignments waiting for approval,
 * and active guides whose qualification lapsed or lapses within 60 days.
 */
@Component
class GuidesWorkQueue implements WorkQueue {

	private final RequestStore requests;

	private final GuideStore guides;

	private final AssignmentStore assignments;

	private final Trainings trainings;

	GuidesWorkQueue(RequestStore requests, GuideStore guides, AssignmentStore assignments, Trainings trainings) {
		this.requests = requests;
		this.guides = guides;
		this.assignments = assignments;
		this.trainings = trainings;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.GUIDE_COORDINATOR)) {
			return List.of();
		}
		List<WorkItem> items = new ArrayList<>();
		long open = this.requests.countOpen(actor.tenantId());
		if (open > 0) {
			items.add(new WorkItem("guides.work.open", "/guides/requests?status=OPEN", open));
		}
		long interested = this.guides.countByState(actor.tenantId()).get(GuideState.INTERESTED);
		if (interested > 0) {
			items.add(new WorkItem("guides.work.interested", "/guides/profiles?state=INTERESTED", interested));
		}
		long awaitingApproval = this.assignments.countAwaitingApproval(actor.tenantId());
		if (awaitingApproval > 0) {
			items.add(new WorkItem("guides.approval.work", "/guides/approvals", awaitingApproval));
		}
		long due = this.trainings.countDue(actor.tenantId());
		if (due > 0) {
			items.add(new WorkItem("guides.training.work.due", "/guides/trainings/qualifications", due));
		}
		return items;
	}

}
