package de.teilhabe.shared.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mails by SMTP: a delivered mail becomes SENT; a failed attempt is
 * counted and the mail retried after an exponential back-off (1 min, 5 min, 30 min, 2 h,
 * 12 h) until it becomes FAILED after {@code teilhabe.mail.max-attempts} attempts. A mail
 * that can never be sent (malformed address) fails at once. A delivered mail's body is
 * emptied: it may hold a one-time link (invitation, password reset) that nobody but the
 * recipient may read. Each mail's outcome is committed on its own, so a crash never
 * resends what was already marked SENT.
 * <p>
 * The SMTP conversation runs outside any transaction: a mail is claimed in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, its next attempt moved to the end of a
 * lease of {@code teilhabe.mail.claim-lease}), then sent, then its outcome recorded in
 * another short transaction. A slow or hanging mail server thus holds no row lock and no
 * connection; several instances share the work without sending a mail twice; a claim of a
 * sender that crashed runs out and the mail is tried again.
 */
@Component
public class MailDelivery {

	/** The waits after the 1st, 2nd, ... failed attempt; the last repeats. */
	public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

	static final int MAX_ERROR_LENGTH = 2000;

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String from;

	private final int maxAttempts;

	private final Duration claimLease;

	MailDelivery(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${teilhabe.mail.from:teilhabe@localhost}") String from,
			@Value("${teilhabe.mail.max-attempts:6}") int maxAttempts,
			@Value("${teilhabe.mail.claim-lease:5m}") Duration claimLease) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = from;
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("teilhabe.mail.max-attempts must be at least 1");
		}
		this.maxAttempts = maxAttempts;
		this.claimLease = claimLease;
	}

	/** Attempts after which a mail is given up (FAILED). */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/** The queued mails whose next attempt is due now, oldest first. */
	public List<QueuedMail> due(int limit) {
		return this.jdbc.sql("""
				SELECT * FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, created_at LIMIT ?""")
			.params(OffsetDateTime.now(this.clock), limit)
			.query(QueuedMail.class)
			.list();
	}

	/** One mail of any tenant (for the sender and its tests; pages filter by tenant). */
	public Optional<QueuedMail> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?").param(id).query(QueuedMail.class).optional();
	}

	/**
	 * Claims the due mails one by one (at most {@code limit}), delivers each outside any
	 * transaction and records the outcome.
	 * @return how many were delivered
	 */
	public int deliverDue(int limit, JavaMailSender sender) {
		int sent = 0;
		for (int claimed = 0; claimed < limit; claimed++) {
			Optional<QueuedMail> mail = claimNext();
			if (mail.isEmpty()) {
				break;
			}
			if (attempt(mail.get(), sender)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Claims the next due mail for the length of the lease: other senders skip it, and it
	 * is due again when the lease runs out without an outcome (a crashed sender).
	 */
	Optional<QueuedMail> claimNext() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.transactions.execute((status) -> this.jdbc.sql("""
				UPDATE mail_outbox SET next_attempt_at = ? WHERE id = (
				  SELECT id FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?
				  ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING *""").params(now.plus(this.claimLease), now).query(QueuedMail.class).optional());
	}

	/**
	 * Tries to deliver each of the given mails that is still QUEUED (whether due or not)
	 * through the given sender and records the outcome.
	 * @return how many were delivered
	 */
	public int deliver(List<QueuedMail> mails, JavaMailSender sender) {
		int sent = 0;
		for (QueuedMail mail : mails) {
			if (QueuedMail.QUEUED.equals(mail.status()) && attempt(mail, sender)) {
				sent++;
			}
		}
		return sent;
	}

	/** Sends one mail (no transaction is open here) and records the outcome. */
	private boolean attempt(QueuedMail mail, JavaMailSender sender) {
		try {
			List<MailOutbox.Attachment> attachments = attachments(mail.id());
			if (attachments.isEmpty()) {
				sender.send(message(mail));
			}
			else {
				sender.send((mime) -> multipart(mime, mail, attachments));
			}
			markSent(mail);
			return true;
		}
		catch (MailParseException | MailPreparationException ex) {
			markFailed(mail, ex, true);
		}
		catch (RuntimeException ex) {
			markFailed(mail, ex, false);
		}
		return false;
	}

	/** The files attached to a mail, in their order. */
	public List<MailOutbox.Attachment> attachments(UUID mailId) {
		return this.jdbc
			.sql("SELECT file_name, mime_type, content FROM mail_outbox_attachment WHERE mail_id = ? ORDER BY position")
			.param(mailId)
			.query((rs, row) -> new MailOutbox.Attachment(rs.getString("file_name"), rs.getString("mime_type"),
					rs.getBytes("content")))
			.list();
	}

	/** A multipart mail: the plain-text body, then the files. */
	private void multipart(MimeMessage mime, QueuedMail mail, List<MailOutbox.Attachment> attachments)
			throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		for (MailOutbox.Attachment attachment : attachments) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.mimeType());
		}
	}

	private SimpleMailMessage message(QueuedMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		return message;
	}

	private void markSent(QueuedMail mail) {
		this.transactions.executeWithoutResult((status) -> this.jdbc.sql(
				"UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL, body = '' WHERE id = ? AND status = 'QUEUED'")
			.params(OffsetDateTime.now(this.clock), mail.id())
			.update());
	}

	private void markFailed(QueuedMail mail, RuntimeException ex, boolean permanent) {
		int attempts = mail.attempts() + 1;
		boolean givenUp = permanent || attempts >= this.maxAttempts;
		OffsetDateTime next = OffsetDateTime.now(this.clock).plus(backoff(attempts));
		String error = describe(ex);
		log.warn("Mail {} could not be delivered (attempt {} of {}{}): {}", mail.id(), attempts, this.maxAttempts,
				givenUp ? ", given up" : "", error);
		this.transactions.executeWithoutResult((status) -> this.jdbc.sql("""
				UPDATE mail_outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?
				WHERE id = ? AND status = 'QUEUED'""")
			.params(attempts, givenUp ? QueuedMail.FAILED : QueuedMail.QUEUED, next, error, mail.id())
			.update());
	}

	/** The wait after the given number of failed attempts. */
	public static Duration backoff(int failedAttempts) {
		return BACKOFF.get(Math.min(Math.max(failedAttempts, 1), BACKOFF.size()) - 1);
	}

	private static String describe(RuntimeException ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName()).append(": ").append(ex.getMessage());
		Throwable cause = ex.getCause();
		if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
			text.append(" (").append(cause.getMessage()).append(')');
		}
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
	}

}
