package de.teilhabe.council.publicsite;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.council.PublicMeetings;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.time.Times;

import net.fortuna.ical4j.model.component.VEvent;

import org.springframework.stereotype.Component;

/**
 * {@link PublicMeetings} from what the public pages read ({@link PublicCouncilStore}:
 * committees of kind NETWORK left out).
 */
@Component
class PublicMeetingReads implements PublicMeetings {

	private final PublicCouncilStore store;

	private final Times times;

	PublicMeetingReads(PublicCouncilStore store, Times times) {
		this.store = store;
		this.times = times;
	}

	@Override
	public List<PublicMeeting> between(UUID tenantId, OffsetDateTime from, OffsetDateTime until) {
		return this.store.meetingsBetween(tenantId, from, until)
			.stream()
			.map((row) -> new PublicMeeting(row.id(), row.name(), row.committee(), row.startsAt(), row.endsAt(),
					row.state() == MeetingState.CANCELLED, row.location()))
			.toList();
	}

	@Override
	public List<VEvent> calendarEvents(UUID tenantId, String slug, String domain, String baseUrl, String language) {
		String pageBase = baseUrl + CouncilPublicPaths.beirat(slug, language);
		return this.store.allMeetings(tenantId)
			.stream()
			.map((meeting) -> MeetingCalendar.vevent(meeting, domain, pageBase, this.times.zone()))
			.toList();
	}

}
