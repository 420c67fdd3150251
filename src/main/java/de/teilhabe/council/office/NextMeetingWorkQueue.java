package de.teilhabe.council.office;

import java.time.Clock;
import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The start page of the council's office: the next meeting (its committee, date and how
 * many agenda items it has), linked to its page.
 */
@Component
class NextMeetingWorkQueue implements WorkQueue {

	private final OfficeStore store;

	private final Times times;

	private final Clock clock;

	NextMeetingWorkQueue(OfficeStore store, Times times, Clock clock) {
		this.store = store;
		this.times = times;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.COUNCIL_OFFICE)) {
			return List.of();
		}
		return this.store.nextMeeting(actor.tenantId(), this.clock.instant())
			.map((next) -> List.of(new WorkItem("council.work.nextMeeting", "/council/meetings/" + next.id(),
					next.committee(), this.times.dateTime(next.startsAt()), next.items())))
			.orElseGet(() -> List.of(new WorkItem("council.work.noMeeting", "/council/meetings")));
	}

}
