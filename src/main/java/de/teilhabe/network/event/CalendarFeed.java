package de.teilhabe.network.event;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import de.teilhabe.shared.time.ICalendars;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Events as an iCalendar (RFC 5545) feed ({@link ICalendars}): local times of the
 * platform's zone with its VTIMEZONE, repetitions as RRULE.
 */
public final class CalendarFeed {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private CalendarFeed() {
	}

	/**
	 * @param name the calendar's name (the tenant's)
	 * @param domain the domain part of the event UIDs
	 * @param zone the platform's zone ({@code Times.zone()})
	 */
	public static String render(List<NetworkEvent> events, String name, String domain, Instant now, ZoneId zone) {
		return ICalendars.write("Akteursnetzwerk " + name, zone,
				events.stream().map((event) -> vevent(event, domain, now, zone)).toList());
	}

	static VEvent vevent(NetworkEvent event, String domain, Instant now, ZoneId zone) {
		ZonedDateTime start = event.startsAt().atZoneSameInstant(zone);
		VEvent vevent = (event.endsAt() != null)
				? new VEvent(start, event.endsAt().atZoneSameInstant(zone), event.title())
				: new VEvent(start, event.title());
		vevent.add(new Uid(event.id() + "@" + domain));
		vevent.replace(new DtStamp(now));
		if (event.description() != null) {
			vevent.add(new Description(event.description()));
		}
		String place = (event.place() != null) ? event.place() : event.organisationName();
		if (place != null) {
			vevent.add(new Location(place));
		}
		if (event.recurrence() != Recurrence.NONE && event.recurrenceUntil() != null) {
			// UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10): the end of
			// the last day
			ZonedDateTime until = event.recurrenceUntil()
				.atTime(LocalTime.of(23, 59, 59))
				.atZone(zone)
				.withZoneSameInstant(ZoneOffset.UTC);
			vevent.add(new RRule<>("FREQ=" + event.recurrence().name() + ";UNTIL=" + UNTIL.format(until) + ";INTERVAL="
					+ event.recurrenceInterval()));
		}
		return vevent;
	}

}
