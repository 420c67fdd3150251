package de.teilhabe.shared.mail;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A mail of the outbox as stored.
 *
 * @param id its id
 * @param tenantId the tenant it is sent for (null for the platform)
 * @param recipient the address it goes to
 * @param subject the subject line
 * @param body the plain-text body (personal data: deleted 90 days after sending)
 * @param status QUEUED, SENT or FAILED
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt when the sender tries next
 * @param lastError the error of the last failed attempt
 * @param createdAt when it was queued
 * @param sentAt when it was delivered
 */
public record QueuedMail(UUID id, UUID tenantId, String recipient, String subject, String body, String status,
		int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

	public static final String QUEUED = "QUEUED";

	public static final String SENT = "SENT";

	public static final String FAILED = "FAILED";

}
