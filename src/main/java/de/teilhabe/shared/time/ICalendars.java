package de.teilhabe.shared.time;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Collection;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * iCalendar (RFC 5545) feeds of the platform: a calendar with the platform's zone as
 * VTIMEZONE (so that events given in local time of that zone read right in every client)
 * and the events given, written as text ({@code text/calendar}). Used by the public
 * events of the network and a guide's assignments.
 */
public final class ICalendars {

	/** The media type of a feed. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private ICalendars() {
	}

	/**
	 * A calendar with the events.
	 * @param product what made it, for the PRODID ({@code -//Teilhabe//<product>//DE})
	 * @param zone the zone the events' local times are in ({@code Times.zone()})
	 */
	public static String write(String product, ZoneId zone, Collection<VEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Teilhabe//" + product + "//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		TimeZone timeZone = registry.getTimeZone(zone.getId());
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
		}
		events.forEach(calendar::add);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("Cannot write the calendar", ex);
		}
		return out.toString();
	}

}
