package de.teilhabe.counselling.casework.contact;

import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The start page: a counsellor sees how many of its follow-ups are due (overdue or
 * today), linked to „Meine Wiedervorlagen“.
 */
@Component
class TaskWorkQueue implements WorkQueue {

	private final CaseTasks tasks;

	TaskWorkQueue(CaseTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.COUNSELLOR)) {
			return List.of();
		}
		return List.of(new WorkItem("counselling.contacts.work.due", "/counselling/tasks", this.tasks.countDue(actor)));
	}

}
