package de.teilhabe.network.moderation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A change a partner submitted.
 *
 * @param id its id
 * @param entityType what it changes
 * @param entityId the entry (for a new entry: the id it will get)
 * @param organisationId the partner's organisation
 * @param action CREATE, UPDATE or DELETE (the proposed values are then the entry's values
 * at the time)
 * @param proposed the proposed form values
 * @param status PENDING, APPROVED, REJECTED or SUPERSEDED (by a later submission)
 * @param submittedBy the submitting user
 * @param submittedByName the user's display name at the time
 * @param submittedAt when
 * @param decidedByName who approved or rejected it
 * @param decidedAt when
 * @param reason why it was rejected
 */
public record PendingChange(UUID id, EntityType entityType, UUID entityId, UUID organisationId, String action,
		Map<String, String> proposed, String status, UUID submittedBy, String submittedByName,
		OffsetDateTime submittedAt, String decidedByName, OffsetDateTime decidedAt, String reason) {

	public boolean pending() {
		return "PENDING".equals(this.status);
	}

	public boolean isCreate() {
		return "CREATE".equals(this.action);
	}

	public boolean isDelete() {
		return "DELETE".equals(this.action);
	}

	/** The proposed name or title. */
	public String label() {
		String name = this.proposed.getOrDefault("name", "");
		return name.isEmpty() ? this.proposed.getOrDefault("title", "") : name;
	}

}
