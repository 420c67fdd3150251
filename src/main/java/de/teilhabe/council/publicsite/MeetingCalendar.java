package de.teilhabe.council.publicsite;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.publicsite.PublicCouncilStore.Meeting;
import de.teilhabe.shared.time.ICalendars;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The council's meetings as an iCalendar feed (RFC 5545, through {@link ICalendars}: the
 * platform's zone as VTIMEZONE, lines folded at 75 octets). One VEVENT per meeting: UID
 * from the meeting's id (stable), DTSTAMP and LAST-MODIFIED its last change, SEQUENCE the
 * seconds between its creation and its last change (so it grows with every change),
 * STATUS CANCELLED, CONFIRMED (invited or held) or TENTATIVE (scheduled), the place, and
 * the URL of its public page.
 */
final class MeetingCalendar {

	private MeetingCalendar() {
	}

	/**
	 * @param name the calendar's product name part (the tenant's)
	 * @param domain the domain part of the UIDs
	 * @param pageBase the absolute address of the Beirat's public page, to which
	 * {@code /sitzungen/{id}} is added
	 */
	static String render(List<Meeting> meetings, String name, String domain, String pageBase, ZoneId zone) {
		return ICalendars.write("Beirat für Migration " + name, zone,
				meetings.stream().map((meeting) -> vevent(meeting, domain, pageBase, zone)).toList());
	}

	static VEvent vevent(Meeting meeting, String domain, String pageBase, ZoneId zone) {
		ZonedDateTime start = meeting.startsAt().atZoneSameInstant(zone);
		VEvent vevent = (meeting.endsAt() != null)
				? new VEvent(start, meeting.endsAt().atZoneSameInstant(zone), meeting.name())
				: new VEvent(start, meeting.name());
		vevent.add(new Uid("council-meeting-" + meeting.id() + "@" + domain));
		vevent.replace(new DtStamp(meeting.modifiedAt().toInstant()));
		vevent.add(new LastModified(meeting.modifiedAt().toInstant()));
		vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE,
				Math.max(0, Duration.between(meeting.createdAt(), meeting.modifiedAt()).toSeconds()))));
		vevent.add(switch (meeting.state()) {
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
			case SCHEDULED -> ImmutableStatus.VEVENT_TENTATIVE;
			default -> ImmutableStatus.VEVENT_CONFIRMED;
		});
		if (meeting.location() != null && !meeting.location().isBlank()) {
			vevent.add(new Location(meeting.location()));
		}
		vevent
			.add(new Description(meeting.committee() + (meeting.state() == MeetingState.CANCELLED ? " (abgesagt)" : "")
					+ "\n" + pageBase + "/sitzungen/" + meeting.id()));
		vevent.add(new Url(URI.create(pageBase + "/sitzungen/" + meeting.id())));
		return vevent;
	}

}
