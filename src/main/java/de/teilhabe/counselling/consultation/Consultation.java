package de.teilhabe.counselling.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.casework.Topic;

/**
 * An expert consultation as stored.
 *
 * @param id its id
 * @param organisationId the asking organisation of the network, or null
 * @param serviceName the asking service's name (the organisation's as it was when saved)
 * @param consultedOn the day
 * @param question what was asked
 * @param answer what was advised
 * @param minutes the time spent
 * @param topics the topics
 * @param counsellorId who advised
 * @param createdAt when entered
 * @param updatedAt when last changed
 */
record Consultation(UUID id, UUID organisationId, String serviceName, LocalDate consultedOn, String question,
		String answer, int minutes, List<Topic> topics, UUID counsellorId, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
