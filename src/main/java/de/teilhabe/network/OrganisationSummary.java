package de.teilhabe.network;

import java.util.List;
import java.util.UUID;

/**
 * An organisation of the network in brief, as other modules see it.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind (e.g. {@code MSO}, {@code SCHOOL}; the names of the network's
 * organisation kinds)
 * @param gemeinden the Gemeinden it serves, in the order entered
 * @param languages the languages spoken (ISO 639 codes)
 * @param fieldsOfWork its fields of work (names of the network's fields of work, e.g.
 * {@code LANGUAGE})
 */
public record OrganisationSummary(UUID id, String name, String kind, List<Gemeinde> gemeinden, List<String> languages,
		List<String> fieldsOfWork) {

	/**
	 * A Gemeinde an organisation serves.
	 *
	 * @param key its official key (AGS)
	 * @param name its name (the key if the region directory does not know it)
	 */
	public record Gemeinde(String key, String name) {
	}

}
