package de.teilhabe.network.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A live (approved) event of the office (organisationId null) or of an organisation.
 *
 * @param id its id
 * @param organisationId the organisation, or null for the office's own event
 * @param organisationName its name, or null
 * @param category the category
 * @param title the title
 * @param description what it is
 * @param startsAt when it starts (the first time, if it repeats)
 * @param endsAt when it ends, or null
 * @param recurrence how it repeats
 * @param recurrenceInterval every how many days, weeks or months
 * @param recurrenceUntil the last day it repeats on, or null
 * @param place where
 * @param regionKey the Gemeinde (AGS), or null
 * @param languages languages (ISO 639)
 * @param targetGroups target groups
 * @param registration how to register
 * @param accessibility accessibility
 * @param publicEvent whether it is shown publicly (portal, API, iCal feed)
 */
public record NetworkEvent(UUID id, UUID organisationId, String organisationName, EventCategory category, String title,
		String description, OffsetDateTime startsAt, OffsetDateTime endsAt, Recurrence recurrence,
		int recurrenceInterval, LocalDate recurrenceUntil, String place, String regionKey, List<String> languages,
		List<String> targetGroups, String registration, String accessibility, boolean publicEvent) {
}
