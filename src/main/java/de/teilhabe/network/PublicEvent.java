package de.teilhabe.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A public, approved event of the network as other modules may know it: the office's own
 * (organisationName null) or an organisation's. Its texts are German, as entered.
 *
 * @param id its id
 * @param organisationName the organiser, or null for the office
 * @param category the category (a name of the network's categories: INFORMATION,
 * TRAINING, WORKSHOP, CULTURE, FESTIVAL, MEETING, SPORTS, OTHER)
 * @param title the title
 * @param description what it is, or null
 * @param startsAt when it starts (the first time, if it repeats)
 * @param endsAt when it ends, or null
 * @param recurrence NONE, DAILY, WEEKLY or MONTHLY
 * @param recurrenceInterval every how many days, weeks or months
 * @param recurrenceUntil the last day it repeats on (null if it does not)
 * @param place where, or null
 * @param regionKey the Gemeinde (AGS), or null
 * @param languages languages (ISO 639)
 * @param registration how to register, or null
 * @param accessibility accessibility, or null
 */
public record PublicEvent(UUID id, String organisationName, String category, String title, String description,
		OffsetDateTime startsAt, OffsetDateTime endsAt, String recurrence, int recurrenceInterval,
		LocalDate recurrenceUntil, String place, String regionKey, List<String> languages, String registration,
		String accessibility) {

	/** At most this many dates of one repeating event are expanded. */
	public static final int MAX_DATES = 800;

	/**
	 * The starts of the event (each date of a repeating one) that are not over at
	 * {@code from} and start before {@code until}, in order: repetitions keep the local
	 * time of the zone across daylight saving time (as an RRULE with a TZID does); a
	 * monthly repetition skips months without the day (RFC 5545).
	 */
	public List<ZonedDateTime> startsBetween(OffsetDateTime from, OffsetDateTime until, ZoneId zone) {
		ZonedDateTime first = this.startsAt.atZoneSameInstant(zone);
		java.time.Duration length = (this.endsAt != null) ? java.time.Duration.between(this.startsAt, this.endsAt)
				: java.time.Duration.ZERO;
		List<ZonedDateTime> starts = new ArrayList<>();
		for (int n = 0; n < MAX_DATES; n++) {
			ZonedDateTime start = switch (this.recurrence) {
				case "DAILY" -> first.plusDays((long) n * this.recurrenceInterval);
				case "WEEKLY" -> first.plusWeeks((long) n * this.recurrenceInterval);
				case "MONTHLY" -> first.plusMonths((long) n * this.recurrenceInterval);
				default -> (n == 0) ? first : null;
			};
			if (start == null
					|| (n > 0 && (this.recurrenceUntil == null || start.toLocalDate().isAfter(this.recurrenceUntil)))) {
				break;
			}
			if (!start.toOffsetDateTime().isBefore(until)) {
				break;
			}
			if (start.getDayOfMonth() != first.getDayOfMonth() && "MONTHLY".equals(this.recurrence)) {
				continue;
			}
			if (!start.plus(length).toOffsetDateTime().isBefore(from)) {
				starts.add(start);
			}
		}
		return starts;
	}

}
