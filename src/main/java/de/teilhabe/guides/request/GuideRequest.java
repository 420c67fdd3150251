package de.teilhabe.guides.request;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;

/**
 * A Begleitanfrage: a person needs a guide for a topic, in one of some languages, in a
 * Gemeinde, once or repeatedly. The guides module holds no case notes: the person's
 * contact stays with the requesting side and is named by a reference only.
 *
 * @param id its id
 * @param topic what the accompaniment is about
 * @param languages the languages the guide must speak (one of them), codes
 * @param regionKey the Gemeinde of the appointment
 * @param place where exactly (an authority, an address), or null
 * @param date the day of the first appointment (office's time zone)
 * @param starts when it starts
 * @param ends when it ends (the same day)
 * @param recurrence once, weekly or fortnightly
 * @param repeatUntil the last day a recurring request repeats on, or null
 * @param urgency how urgent
 * @param requiredQualifications what the guide must be qualified for
 * @param contactReference the reference of the person's contact held by the requesting
 * side, or null
 * @param requesterOrganisationId the partner organisation that asked, or null (the
 * office)
 * @param brief what the guide needs to know, without personal details, or null
 * @param status where it stands
 */
public record GuideRequest(UUID id, Topic topic, List<String> languages, String regionKey, String place, LocalDate date,
		LocalTime starts, LocalTime ends, Recurrence recurrence, LocalDate repeatUntil, Urgency urgency,
		List<Qualification> requiredQualifications, String contactReference, UUID requesterOrganisationId, String brief,
		RequestStatus status) {

	/** The most appointments a recurring request has. */
	public static final int MAX_OCCURRENCES = 60;

	public GuideRequest {
		languages = List.copyOf(languages);
		requiredQualifications = List.copyOf(requiredQualifications);
	}

	/**
	 * Every appointment, in the office's time zone (at most {@link #MAX_OCCURRENCES}).
	 */
	public List<Occurrence> occurrences(ZoneId zone) {
		List<Occurrence> occurrences = new ArrayList<>();
		LocalDate day = this.date;
		do {
			occurrences.add(new Occurrence(ZonedDateTime.of(day, this.starts, zone).toInstant(),
					ZonedDateTime.of(day, this.ends, zone).toInstant()));
			if (this.recurrence == Recurrence.ONCE || this.repeatUntil == null) {
				break;
			}
			day = day.plusWeeks(this.recurrence.weeks());
		}
		while (!day.isAfter(this.repeatUntil) && occurrences.size() < MAX_OCCURRENCES);
		return occurrences;
	}

}
