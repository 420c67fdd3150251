package de.teilhabe.network.organisation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.OpeningHours;

/**
 * An organisation of the network as it is live (approved).
 *
 * @param id its id
 * @param kind its kind
 * @param name its name
 * @param street street and number
 * @param postcode postcode
 * @param city place
 * @param latitude geo position (WGS 84), or null
 * @param longitude geo position (WGS 84), or null
 * @param regions the Gemeinden it serves (AGS)
 * @param languages languages spoken (ISO 639)
 * @param targetGroups target groups
 * @param fieldsOfWork fields of work (names of {@link FieldOfWork})
 * @param tags free tags
 * @param website its website
 * @param email its general address (not a person's)
 * @param phone its general phone number
 * @param openingHours opening hours, free text (a note beside the weekly hours)
 * @param weeklyHours structured weekly opening hours (none: {@link OpeningHours#NONE})
 * @param description what it does
 * @param confirmedAt when the entry was last confirmed as current
 * @param confirmationRequestedAt when the office last asked to confirm it, or null
 */
public record Organisation(UUID id, OrganisationKind kind, String name, String street, String postcode, String city,
		BigDecimal latitude, BigDecimal longitude, List<String> regions, List<String> languages,
		List<String> targetGroups, List<String> fieldsOfWork, List<String> tags, String website, String email,
		String phone, String openingHours, OpeningHours weeklyHours, String description, OffsetDateTime confirmedAt,
		OffsetDateTime confirmationRequestedAt) {

	/** Street, postcode and city in one line (empty if none is known). */
	public String address() {
		StringBuilder address = new StringBuilder();
		if (this.street != null) {
			address.append(this.street);
		}
		String place = ((this.postcode != null) ? this.postcode + " " : "") + ((this.city != null) ? this.city : "");
		if (!place.isBlank()) {
			address.append(address.isEmpty() ? "" : ", ").append(place.strip());
		}
		return address.toString();
	}

}
