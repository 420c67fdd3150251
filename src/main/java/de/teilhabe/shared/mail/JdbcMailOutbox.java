package de.teilhabe.shared.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
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
	public UUID queue(UUID tenantId, String to, String subject, String body) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, tenant_id, recipient, subject, body, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, tenantId, to, subject, body, now, now).update();
		return id;
	}

}
