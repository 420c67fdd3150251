package de.teilhabe.network.offer;

import java.util.List;
import java.util.UUID;

/**
 * A live (approved) offer of an organisation.
 *
 * @param id its id
 * @param organisationId the organisation
 * @param organisationName its name
 * @param kind the kind
 * @param title the title
 * @param description what it is
 * @param languages languages (ISO 639)
 * @param targetGroups target groups
 * @param place where
 * @param regionKey the Gemeinde (AGS), or null
 * @param schedule when, free text (e.g. "Di 17–19 Uhr")
 * @param cost cost, free text
 * @param registration how to register
 * @param accessibility accessibility
 */
public record Offer(UUID id, UUID organisationId, String organisationName, OfferKind kind, String title,
		String description, List<String> languages, List<String> targetGroups, String place, String regionKey,
		String schedule, String cost, String registration, String accessibility) {
}
