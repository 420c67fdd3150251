package de.teilhabe.counselling.referral;

import java.util.ArrayList;
import java.util.List;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.stereotype.Component;

/**
 * The start page: a counsellor sees how many outcome checks of its referrals are due, a
 * partner how many referrals its organisation has running (nothing when none runs).
 */
@Component
class ReferralWorkQueue implements WorkQueue {

	private final Referrals referrals;

	private final IncomingReferrals incoming;

	ReferralWorkQueue(Referrals referrals, IncomingReferrals incoming) {
		this.referrals = referrals;
		this.incoming = incoming;
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		List<WorkItem> items = new ArrayList<>();
		if (actor.has(Role.COUNSELLOR)) {
			items.add(new WorkItem("counselling.referrals.work.due", "/counselling/referrals",
					this.referrals.countDue(actor)));
		}
		if (actor.has(Role.PARTNER)) {
			// only when something runs: a partner with nothing waiting reads „nothing
			// waits“
			long running = this.incoming.count(actor);
			if (running > 0) {
				items.add(new WorkItem("counselling.referrals.work.incoming", "/referrals/incoming", running));
			}
		}
		return items;
	}

}
