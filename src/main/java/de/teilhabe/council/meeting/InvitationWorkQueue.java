package de.teilhabe.council.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office's start page: invitations due within the next two weeks (or whose period is
 * missed) for planned meetings, and minutes of meetings held in the last three months
 * that are not published yet. At most three lines each.
 */
@Component
class InvitationWorkQueue implements WorkQueue {

	/**
	 * Meetings of the Beirat and its working groups, not of the committees the office
	 * only sits on (kind {@code NETWORK}, kept on the network's pages without invitations
	 * or minutes here). It starts with a space: a text block drops the one before its
	 * closing quotes.
	 */
	private static final String OF_THE_COUNCIL = " committee_id IN (SELECT c.id FROM council_committee c"
			+ " WHERE c.tenant_id = council_meeting.tenant_id AND c.kind <> 'NETWORK')";

	private final JdbcClient jdbc;

	private final MeetingStore store;

	private final Times times;

	private final Clock clock;

	InvitationWorkQueue(JdbcClient jdbc, MeetingStore store, Times times, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.times = times;
		this.clock = clock;
	}

	private record Due(UUID id, String name, OffsetDateTime startsAt) {
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.COUNCIL_OFFICE)) {
			return List.of();
		}
		UUID tenantId = actor.tenantId();
		int days = this.store.invitationDays(tenantId);
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		LocalDate today = this.times.today(this.clock);
		List<WorkItem> items = new ArrayList<>();
		this.jdbc
			.sql("""
					SELECT id, name, starts_at FROM council_meeting WHERE tenant_id = ? AND NOT deleted AND state = 'SCHEDULED'
					AND starts_at > ? AND starts_at < ? AND """
					+ OF_THE_COUNCIL + """
							ORDER BY starts_at, id LIMIT 3""")
			.params(tenantId, now, now.plusDays(days + 14L))
			.query(Due.class)
			.list()
			.forEach((due) -> {
				LocalDate sendBy = this.times.local(due.startsAt()).toLocalDate().minusDays(days);
				items.add(today.isAfter(sendBy)
						? new WorkItem("council.meetings.work.late", "/council/meetings/" + due.id(), due.name(),
								this.times.date(due.startsAt()))
						: new WorkItem("council.meetings.work.invite", "/council/meetings/" + due.id(), due.name(),
								this.times.date(due.startsAt()), this.times.date(sendBy)));
			});
		this.jdbc.sql("""
				SELECT id, name, starts_at FROM council_meeting WHERE tenant_id = ? AND NOT deleted
				AND state <> 'CANCELLED' AND minutes_published_at IS NULL AND starts_at <= ? AND starts_at > ?
				AND """ + OF_THE_COUNCIL + """
				ORDER BY starts_at DESC, id LIMIT 3""")
			.params(tenantId, now, now.minusMonths(3))
			.query(Due.class)
			.list()
			.forEach((due) -> items.add(new WorkItem("council.meetings.work.publish", "/council/meetings/" + due.id(),
					due.name(), this.times.date(due.startsAt()))));
		return items;
	}

}
