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
 * events of the network, a guide's assignments and the council's meetings. Lines are
 * folded at 75 octets of UTF-8 (RFC 5545 3.1; ical4j folds by characters, which a line
 * with umlauts overruns), never inside a character.
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
		return fold(out.toString());
	}

	/** The longest content line in octets, without its CRLF (RFC 5545 3.1). */
	public static final int LINE_OCTETS = 75;

	/**
	 * Unfolds the text as written and folds it again at {@link #LINE_OCTETS} octets of
	 * UTF-8.
	 */
	static String fold(String written) {
		String unfolded = written.replace("\r\n ", "").replace("\r\n\t", "");
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 40);
		for (String line : unfolded.split("\r\n")) {
			appendFolded(folded, line);
		}
		return folded.toString();
	}

	/**
	 * Appends a content line with its CRLF, folded (CRLF and a space, which counts) so
	 * that no line exceeds {@link #LINE_OCTETS} octets of UTF-8, never inside a
	 * character: the rule of iCalendar (RFC 5545 3.1) and vCard (RFC 6350 3.2).
	 */
	public static void appendFolded(StringBuilder out, String line) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			if (octets + size > LINE_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
