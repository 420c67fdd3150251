package de.teilhabe.shared.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcMailOutbox implements MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcMailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID queue(UUID tenantId, String to, String subject, String body, List<Attachment> attachments) {
		requireHeaderValue("recipient", to);
		if (to.indexOf('@') < 1 || to.indexOf('@') == to.length() - 1) {
			throw new IllegalArgumentException("Not a mail address: " + to);
		}
		requireHeaderValue("subject", subject);
		if (body == null) {
			throw new IllegalArgumentException("A mail needs a body");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, tenant_id, recipient, subject, body, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, tenantId, to.strip(), subject, body, now, now).update();
		int position = 0;
		for (Attachment attachment : attachments) {
			this.jdbc.sql("""
					INSERT INTO mail_outbox_attachment (mail_id, position, file_name, mime_type, size, content)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, position++, attachment.fileName().strip(), attachment.mimeType(),
						attachment.content().length, attachment.content())
				.update();
		}
		return id;
	}

	/** Header values must not be blank nor carry line breaks (header injection). */
	private static void requireHeaderValue(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A mail needs a " + field);
		}
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("The mail's " + field + " must not contain line breaks");
		}
	}

}
