package de.teilhabe.counselling.household;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.counselling.client.Gender;

/**
 * A household member of a client, decrypted.
 *
 * @param id the member
 * @param clientId the client whose household it is
 * @param linkedClientId another client record of the tenant that is this person, or null
 * @param relationship how the member is related to the client
 * @param firstName first name
 * @param birthYear year of birth, or null
 * @param gender gender, or null
 * @param createdAt when entered
 * @param updatedAt when last changed
 */
public record Member(UUID id, UUID clientId, UUID linkedClientId, Relationship relationship, String firstName,
		Integer birthYear, Gender gender, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
