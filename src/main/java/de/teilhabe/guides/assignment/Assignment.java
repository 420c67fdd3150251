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
 * @param doneAt when the guide marked it done, or null
 * @param approvedAt when the office approved it with its work entries, or null
 * @param approvedBy who approved (display name), or null
 */
public record Assignment(UUID id, UUID requestId, UUID guideId, AssignmentStatus status, Integer cost,
		OffsetDateTime commissionedAt, String commissionedBy, OffsetDateTime doneAt, OffsetDateTime approvedAt,
		String approvedBy) {

	/** Whether it is done and waits for the office's approval. */
	public boolean awaitingApproval() {
		return this.status == AssignmentStatus.DONE && this.approvedAt == null;
	}

	/**
	 * Whether the guide may still log and change work entries (accepted, or done and not
	 * approved).
	 */
	public boolean openForWork() {
		return this.status == AssignmentStatus.ACCEPTED || awaitingApproval();
	}

}
