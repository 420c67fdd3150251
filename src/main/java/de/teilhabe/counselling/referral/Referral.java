package de.teilhabe.counselling.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.client.DataCategory;

/**
 * A referral as stored, its texts decrypted.
 *
 * @param id the referral
 * @param caseId the case referred
 * @param organisationId the organisation of the network it went to
 * @param organisationName the organisation's name (now, else as sent)
 * @param organisationKind its kind when sent (the network's kinds)
 * @param status where it stands
 * @param categories the data categories passed on
 * @param packet the values passed on, as sent (null once the case is anonymised)
 * @param reason the counsellor's reason (not passed on)
 * @param answer the organisation's answer (why refused, or the outcome when done)
 * @param outcome the counsellor's note on the outcome (or on revoking)
 * @param sentBy the counsellor who sent it
 * @param sentAt when
 * @param answeredAt when the organisation accepted or rejected it
 * @param endedAt when it was rejected, done or revoked
 * @param followUpOn the day the outcome is to be checked
 * @param followUpDoneAt when the outcome was checked
 * @param consentIds the consents that covered what was passed on
 */
public record Referral(UUID id, UUID caseId, UUID organisationId, String organisationName, String organisationKind,
		ReferralStatus status, List<DataCategory> categories, Packet packet, String reason, String answer,
		String outcome, UUID sentBy, OffsetDateTime sentAt, OffsetDateTime answeredAt, OffsetDateTime endedAt,
		LocalDate followUpOn, OffsetDateTime followUpDoneAt, List<UUID> consentIds) {

	/** Whether the outcome check is due on that day (or overdue). */
	public boolean followUpDue(LocalDate today) {
		return this.followUpDoneAt == null && this.followUpOn != null && !this.followUpOn.isAfter(today);
	}

	/** Whether the outcome check is still open. */
	public boolean followUpOpen() {
		return this.followUpDoneAt == null && this.followUpOn != null;
	}

}
