package de.teilhabe.shared.mail;

import java.util.UUID;

/**
 * Modules queue mails here; a sender delivers them by SMTP with retries (in demo mode
 * nothing is sent: the outbox page shows them instead). Queue within the transaction of
 * the business change, so a mail goes out only if the change is committed. Delivered
 * mails are deleted after 90 days (their bodies hold personal data).
 */
public interface MailOutbox {

	/**
	 * Queues a plain-text mail.
	 * @param tenantId the tenant it is sent for (null for the platform)
	 * @param to the recipient address
	 * @param subject the subject line
	 * @param body the plain-text body
	 * @return the id of the queued mail
	 * @throws IllegalArgumentException for a missing or malformed address, a blank
	 * subject or a line break in either
	 */
	UUID queue(UUID tenantId, String to, String subject, String body);

}
