package de.teilhabe.network.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training or event for MSOs and parents. In lists the organisations and materials are
 * empty; {@link SupportStore#training} loads them.
 *
 * @param id its id
 * @param title the title
 * @param audience who it is for
 * @param heldOn when
 * @param topics topics
 * @param participantCount how many took part, or null if not known
 * @param place where
 * @param description what it was
 * @param organisations the participating organisations (id and name)
 * @param materials the materials
 */
public record Training(UUID id, String title, Audience audience, LocalDate heldOn, List<String> topics,
		Integer participantCount, String place, String description, List<Participant> organisations,
		List<Material> materials) {

	/**
	 * A participating organisation.
	 *
	 * @param id the organisation
	 * @param name its name
	 */
	public record Participant(UUID id, String name) {
	}

	/**
	 * A material (handout, slides, video).
	 *
	 * @param title its title
	 * @param link where it is, or null
	 */
	public record Material(String title, String link) {
	}

}
