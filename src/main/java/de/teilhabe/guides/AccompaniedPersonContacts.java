package de.teilhabe.guides;

import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;

/**
 * The contact of a person a guide accompanies, held by the side that asked for the
 * accompaniment (implemented there, e.g. by the Beratungsstelle, so the guides module
 * depends on no such module). Asked only for the guide of an accepted assignment; the
 * implementation checks the person's consent and records the read.
 */
public interface AccompaniedPersonContacts {

	/**
	 * The contact for the request, if this side asked for it.
	 * @param guide the guide who reads it (signed in)
	 * @param tenantId the tenant
	 * @param requestId the request the guide is assigned to
	 * @throws de.teilhabe.shared.web.ConflictException naming the missing consent when
	 * the person has not consented (or withdrew)
	 */
	Optional<PersonContact> contactOf(Actor guide, UUID tenantId, UUID requestId);

	/**
	 * What a guide gets to arrange the appointment: nothing more.
	 *
	 * @param firstName the person's first name
	 * @param phone the person's phone number, or null if none is known
	 */
	record PersonContact(String firstName, String phone) {
	}

}
