package de.teilhabe.shared.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.teilhabe.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Delivery against a real in-process SMTP server (GreenMail on a free port) and the real
 * database.
 */
@IntegrationTest
class MailDeliveryTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Test
	void queuedMailArrivesAndIsMarkedSent() throws Exception {
		String to = "anna-" + UUID.randomUUID() + "@example.org";
		UUID id = this.outbox.queue(null, to, "Einladung zu Teilhabe", "Guten Tag,\nbitte folgen Sie dem Link.");
		List<QueuedMail> due = this.delivery.due(10_000).stream().filter((mail) -> mail.id().equals(id)).toList();
		assertThat(due).hasSize(1);

		assertThat(this.delivery.deliver(due, sender(smtp.getSmtp().getPort()))).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Einladung zu Teilhabe");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(to);
		assertThat(GreenMailUtil.getBody(received[0])).contains("bitte folgen Sie dem Link.");
		QueuedMail sent = this.delivery.find(id).orElseThrow();
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(sent.sentAt()).isNotNull();
		assertThat(sent.body()).as("the body, which may hold a one-time link, is emptied once sent").isEmpty();
		assertThat(this.delivery.due(10_000)).extracting(QueuedMail::id).doesNotContain(id);
	}

	@Test
	void aMailWithAttachmentsIsSentAsMultipart() throws Exception {
		String to = "carla-" + UUID.randomUUID() + "@example.org";
		byte[] pdf = "%PDF-1.7 Einladung".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		UUID id = this.outbox.queue(null, to, "Einladung zur Sitzung", "Die Einladung ist angehängt.",
				List.of(new MailOutbox.Attachment("einladung.pdf", "application/pdf", pdf)));
		assertThat(this.delivery.attachments(id)).singleElement()
			.satisfies((attachment) -> assertThat(attachment.content()).isEqualTo(pdf));

		assertThat(
				this.delivery.deliver(List.of(this.delivery.find(id).orElseThrow()), sender(smtp.getSmtp().getPort())))
			.isEqualTo(1);

		MimeMessage received = java.util.Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(to);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(received.getContent()).isInstanceOf(jakarta.mail.internet.MimeMultipart.class);
		jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
		String all = GreenMailUtil.getWholeMessage(received);
		assertThat(all).contains("Die Einladung ist angeh", "einladung.pdf", "application/pdf");
		assertThat(parts.getCount()).isGreaterThanOrEqualTo(1);
		assertThat(this.delivery.find(id).orElseThrow().status()).isEqualTo("SENT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailOutbox.Attachment("a\nb.pdf", "application/pdf", pdf));
	}

	@Test
	void smtpDownCountsTheAttemptBacksOffAndKeepsTheError() throws Exception {
		UUID id = this.outbox.queue(null, "bert@example.org", "Erinnerung", "Text");
		OffsetDateTime before = OffsetDateTime.now();

		this.delivery.deliver(List.of(this.delivery.find(id).orElseThrow()), sender(freePort()));

		QueuedMail failed = this.delivery.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo("QUEUED");
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isCloseTo(before.plusMinutes(1), within(Duration.ofSeconds(30)));
		assertThat(this.delivery.due(10_000)).extracting(QueuedMail::id)
			.as("not due before the back-off")
			.doesNotContain(id);

		this.delivery.deliver(List.of(this.delivery.find(id).orElseThrow()), sender(freePort()));
		QueuedMail second = this.delivery.find(id).orElseThrow();
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.nextAttemptAt()).isCloseTo(OffsetDateTime.now().plusMinutes(5),
				within(Duration.ofSeconds(30)));
	}

	@Test
	void mailFailsAfterTheMaximumOfAttempts() throws Exception {
		UUID id = this.outbox.queue(null, "carla@example.org", "Erinnerung", "Text");
		JavaMailSenderImpl down = sender(freePort());
		for (int attempt = 1; attempt <= this.delivery.maxAttempts(); attempt++) {
			assertThat(this.delivery.find(id).orElseThrow().status()).as("before attempt " + attempt)
				.isEqualTo("QUEUED");
			this.delivery.deliver(List.of(this.delivery.find(id).orElseThrow()), down);
		}
		QueuedMail failed = this.delivery.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(this.delivery.maxAttempts());
		assertThat(failed.lastError()).isNotBlank();

		this.delivery.deliver(List.of(failed), sender(smtp.getSmtp().getPort()));
		assertThat(smtp.getReceivedMessages()).as("a FAILED mail is not sent again").isEmpty();
	}

	@Test
	void backoffGrowsAndRepeatsItsLastStep() {
		assertThat(MailDelivery.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(MailDelivery.backoff(3)).isEqualTo(Duration.ofMinutes(30));
		assertThat(MailDelivery.backoff(5)).isEqualTo(Duration.ofHours(12));
		assertThat(MailDelivery.backoff(9)).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void malformedMailsAreRefusedWhenQueued() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.queue(null, "no-address", "S", "B"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.queue(null, " ", "S", "B"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.outbox.queue(null, "a@example.org\r\nBcc: x@example.org", "S", "B"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.outbox.queue(null, "a@example.org", "Betreff\nBcc: x@example.org", "B"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.queue(null, "a@example.org", "", "B"));
	}

	static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	/** A port nothing listens on: an SMTP server that is down. */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
