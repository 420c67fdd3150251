package de.teilhabe.counselling.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A client as the responsible counsellor sees it, decrypted.
 *
 * @param id the row
 * @param tenantId the tenant
 * @param clientNumber the pseudonymous client number (shown, e.g. on paper files)
 * @param responsibleId the responsible counsellor (a user)
 * @param createdAt when entered
 * @param updatedAt when last changed
 * @param firstName first name(s)
 * @param lastName family name(s)
 * @param phone telephone number
 * @param email e-mail address
 * @param birthYear year of birth
 * @param gender gender as stated
 * @param nationality nationality in words
 * @param languages codes of the languages spoken
 * @param residenceStatus group of the residence status
 * @param arrivalYear year of arrival
 * @param gemeinde region key of the Gemeinde
 * @param germanLevel German skills
 * @param note the counsellor's note
 */
public record Client(UUID id, UUID tenantId, String clientNumber, UUID responsibleId, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String firstName, String lastName, String phone, String email, Integer birthYear,
		Gender gender, String nationality, List<String> languages, ResidenceStatus residenceStatus, Integer arrivalYear,
		String gemeinde, GermanLevel germanLevel, String note) {

	/** First and last name. */
	public String name() {
		return this.firstName + " " + this.lastName;
	}

}
