package de.teilhabe.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An approved organisation or offer as the public may read it (the portal's directory and
 * search): general contact data only, no contact person; the texts are as entered
 * (German).
 *
 * @param type organisation or offer
 * @param id its id
 * @param name the organisation's name or the offer's title
 * @param kind the organisation's kind or the offer's kind (names of the network's
 * constants, e.g. {@code MSO}, {@code LANGUAGE_COURSE})
 * @param organisationId the organisation (its own id for an organisation)
 * @param organisationName the organisation's name
 * @param description what it does or offers
 * @param address street, postcode and city (an offer: its organisation's)
 * @param place where an offer takes place (null for an organisation)
 * @param gemeinden an organisation's Gemeinden, an offer's Gemeinde (its organisation's
 * where it names none)
 * @param languages languages (ISO 639 codes)
 * @param targetGroups target groups
 * @param fieldsOfWork the organisation's fields of work (names of the network's
 * constants, e.g. {@code LANGUAGE})
 * @param website the organisation's website
 * @param email the organisation's general e-mail address
 * @param phone the organisation's general phone number
 * @param hours structured weekly hours of an organisation, may be empty (an offer: none
 * yet, its schedule is free text)
 * @param hoursNote opening hours as free text (an organisation's note)
 * @param schedule an offer's schedule, free text
 * @param cost an offer's cost, free text
 * @param free whether an offer is free of charge (its cost says so or is empty), null for
 * an organisation
 * @param registration how to register for an offer
 * @param accessibility an offer's accessibility
 * @param latitude the organisation's position (WGS 84), or null
 * @param longitude the organisation's position (WGS 84), or null
 */
public record PublicListing(Type type, UUID id, String name, String kind, UUID organisationId, String organisationName,
		String description, String address, String place, List<OrganisationSummary.Gemeinde> gemeinden,
		List<String> languages, List<String> targetGroups, List<String> fieldsOfWork, String website, String email,
		String phone, OpeningHours hours, String hoursNote, String schedule, String cost, Boolean free,
		String registration, String accessibility, BigDecimal latitude, BigDecimal longitude) {

	/** What an entry is. */
	public enum Type {

		ORGANISATION, OFFER

	}

	/** Whether it is an organisation. */
	public boolean organisation() {
		return this.type == Type.ORGANISATION;
	}

	/**
	 * Its public text in one line, for a search: description, place (an organisation: its
	 * address), schedule (an organisation: its hours note), cost.
	 */
	public String text() {
		return java.util.stream.Stream
			.of(this.description, organisation() ? this.address : this.place,
					organisation() ? this.hoursNote : this.schedule, this.cost)
			.filter((part) -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(" · "));
	}

}
