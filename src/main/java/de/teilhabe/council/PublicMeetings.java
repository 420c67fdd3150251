package de.teilhabe.council;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.component.VEvent;

/**
 * The public meetings of the Beirat für Migration and its working groups as other modules
 * may know them (the portal's events page and its feeds): never a meeting of a committee
 * of the network (kind NETWORK), never a deleted one; always within one tenant.
 */
public interface PublicMeetings {

	/**
	 * The meetings that start from {@code from} on and before {@code until}, by start.
	 */
	List<PublicMeeting> between(UUID tenantId, OffsetDateTime from, OffsetDateTime until);

	/**
	 * Every meeting of the tenant as VEVENTs, as the Beirat's own feed
	 * ({@code sitzungen.ics}) writes them (same UIDs).
	 * @param domain the domain part of the UIDs
	 * @param baseUrl the absolute address of the site (scheme, host, port)
	 * @param language the language of the meeting pages linked
	 */
	List<VEvent> calendarEvents(UUID tenantId, String slug, String domain, String baseUrl, String language);

	/** The address of a meeting's public page. */
	static String pagePath(String slug, String language, UUID id) {
		return "/p/" + slug + "/" + language + "/beirat/sitzungen/" + id;
	}

	/**
	 * A public meeting.
	 *
	 * @param id its id
	 * @param name its name
	 * @param committee the Beirat's or working group's name
	 * @param startsAt when it starts
	 * @param endsAt when it ends, or null
	 * @param cancelled whether it was cancelled
	 * @param location where, or null
	 */
	record PublicMeeting(UUID id, String name, String committee, OffsetDateTime startsAt, OffsetDateTime endsAt,
			boolean cancelled, String location) {
	}

}
