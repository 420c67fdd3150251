package de.teilhabe.guides.assignment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A guide assigned to a request, with the office's commissioning (Beauftragung: what
 * makes the statutory accident insurance cover the volunteer).
 *
 * @param id its id
 * @param requestId the request
 * @param guideId the guide
 * @param status where it stands
 * @param cost the cost of the pair when it was assigned (lower is better), or null
 * @param commissionedAt when the office commissioned the guide
 * @param commissionedBy who commissioned (display name)
 */
public record Assignment(UUID id, UUID requestId, UUID guideId, AssignmentStatus status, Integer cost,
		OffsetDateTime commissionedAt, String commissionedBy) {
}
