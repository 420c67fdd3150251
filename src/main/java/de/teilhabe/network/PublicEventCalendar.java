package de.teilhabe.network;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.model.component.VEvent;

/**
 * The network's public events as other modules may know them (the portal's events page
 * and its feeds): approved events marked public only, always within one tenant (another
 * tenant's event is never found).
 */
public interface PublicEventCalendar {

	/**
	 * The public events that are not over at {@code from} (repeating ones until their
	 * last day) and start before {@code until}, by (first) start; at most 2000.
	 */
	List<PublicEvent> between(UUID tenantId, OffsetDateTime from, OffsetDateTime until);

	/** A public event of the tenant. */
	Optional<PublicEvent> find(UUID tenantId, UUID id);

	/**
	 * The public events not ended a year before {@code now} as VEVENTs, as the network's
	 * feed writes them (stable UID from the id, RRULE kept), with their category as
	 * CATEGORIES.
	 * @param categories the categories wanted (names), or empty for all
	 * @param domain the domain part of the UIDs
	 */
	List<VEvent> calendarEvents(UUID tenantId, Set<String> categories, String domain, Instant now);

	/**
	 * One public event as a VEVENT (for „add to calendar“), written as in
	 * {@link #calendarEvents}.
	 */
	Optional<VEvent> calendarEvent(UUID tenantId, UUID id, String domain, Instant now);

}
