package de.teilhabe.network.event;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Events as an iCalendar (RFC 5545) feed: local times of the platform's zone with its
 * VTIMEZONE, repetitions as RRULE.
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
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Teilhabe//Akteursnetzwerk " + name + "//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		net.fortuna.ical4j.model.TimeZone timeZone = registry.getTimeZone(zone.getId());
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
		}
		for (NetworkEvent event : events) {
			calendar.add(vevent(event, domain, now, zone));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("Cannot write the calendar", ex);
		}
		return out.toString();
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
