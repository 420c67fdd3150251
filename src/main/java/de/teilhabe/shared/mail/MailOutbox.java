package de.teilhabe.shared.mail;

import java.util.List;
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
	default UUID queue(UUID tenantId, String to, String subject, String body) {
		return queue(tenantId, to, subject, body, List.of());
	}

	/**
	 * Queues a plain-text mail with files attached (sent as a multipart mail).
	 * @param attachments the files, in their order (none: a plain-text mail)
	 * @return the id of the queued mail
	 * @throws IllegalArgumentException as {@link #queue(UUID, String, String, String)},
	 * and for an attachment without a file name, with a line break in it, or without
	 * content
	 */
	UUID queue(UUID tenantId, String to, String subject, String body, List<Attachment> attachments);

	/**
	 * A file sent with a mail.
	 *
	 * @param fileName the name the recipient sees ({@code einladung.pdf})
	 * @param mimeType its media type ({@code application/pdf})
	 * @param content its bytes
	 */
	record Attachment(String fileName, String mimeType, byte[] content) {

		public Attachment {
			if (fileName == null || fileName.isBlank() || fileName.indexOf('\r') >= 0 || fileName.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("An attachment needs a file name on one line");
			}
			if (mimeType == null || mimeType.isBlank() || content == null) {
				throw new IllegalArgumentException("An attachment needs a media type and content");
			}
		}

	}

}
