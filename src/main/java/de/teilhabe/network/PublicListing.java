package de.teilhabe.network;

import java.util.UUID;

/**
 * An approved organisation or offer as the public may read it.
 *
 * @param kind organisation or offer
 * @param id its id
 * @param title the organisation's name or the offer's title
 * @param organisation the name of the offer's organisation (null for an organisation)
 * @param text its public text: description, place or city, schedule, cost
 * @param website the organisation's website (of the offer's organisation), or null
 */
public record PublicListing(Kind kind, UUID id, String title, String organisation, String text, String website) {

	/** What an entry is. */
	public enum Kind {

		ORGANISATION, OFFER

	}

}
