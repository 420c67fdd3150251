package de.teilhabe.shared.mail;

import java.util.concurrent.atomic.AtomicBoolean;

import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code teilhabe.mail.send-interval} (default 15 s) one instance delivers the due
 * mails through the SMTP server of {@code spring.mail.*}. In demo mode nothing is sent
 * (the outbox page shows the mails); without {@code spring.mail.host} mails stay queued.
 * Instances need no job lock: each claims the mails it sends (see {@link MailDelivery}),
 * and no transaction stays open while the SMTP server answers (its timeouts are
 * {@code teilhabe.mail.timeout}).
 */
@Component
class MailSenderJob {

	private static final Logger log = LoggerFactory.getLogger(MailSenderJob.class);

	private final MailDelivery delivery;

	private final ObjectProvider<JavaMailSender> senders;

	private final PlatformMode mode;

	private final int batchSize;

	private final AtomicBoolean explained = new AtomicBoolean();

	MailSenderJob(MailDelivery delivery, ObjectProvider<JavaMailSender> senders, PlatformMode mode,
			@Value("${teilhabe.mail.batch-size:50}") int batchSize) {
		this.delivery = delivery;
		this.senders = senders;
		this.mode = mode;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${teilhabe.mail.send-interval:15s}",
			initialDelayString = "${teilhabe.mail.send-interval:15s}")
	void sendDueMails() {
		if (this.mode.isDemo()) {
			explainOnce("Demo mode: mails are not sent; they stay in the outbox (/admin/outbox)");
			return;
		}
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			explainOnce("No SMTP server configured (spring.mail.host): mails stay queued in the outbox");
			return;
		}
		int sent = this.delivery.deliverDue(this.batchSize, sender);
		if (sent > 0) {
			log.info("{} mail(s) delivered", sent);
		}
	}

	private void explainOnce(String message) {
		if (this.explained.compareAndSet(false, true)) {
			log.info(message);
		}
	}

}
