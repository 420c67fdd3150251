package de.teilhabe.shared.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.privacy.RetentionRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The mail job against a mail server that accepts the connection and never answers (a
 * real socket): the send gives up after the configured timeout, holds no lock on the
 * outbox meanwhile, and the retention job (every second here) runs beside it. Production
 * mode on the test JVM's embedded PostgreSQL, with a short statement timeout; the context
 * is closed afterwards so its jobs do not touch the mails of later tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "teilhabe.data-dir=target/test-data${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
				"spring.datasource.hikari.maximum-pool-size=8", "teilhabe.demo=false", "spring.mail.host=127.0.0.1",
				"teilhabe.mail.timeout-ms=" + MailSenderJobTest.TIMEOUT_MS, "teilhabe.mail.batch-size=1",
				"teilhabe.mail.send-interval=1h", "teilhabe.retention.cron=* * * * * *",
				"teilhabe.db.statement-timeout=" + MailSenderJobTest.STATEMENT_TIMEOUT_MS + "ms" })
@Import(MailSenderJobTest.SlowRetentionRule.class)
@DirtiesContext
class MailSenderJobTest {

	static final int TIMEOUT_MS = 4000;

	static final int STATEMENT_TIMEOUT_MS = 2000;

	private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final SilentMailServer SMTP = new SilentMailServer();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::port);
	}

	@AfterAll
	static void stopMailServer() throws IOException {
		SMTP.close();
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MailSenderJob job;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Tenants tenants;

	@Test
	void hangingMailServerGivesUpAfterTheTimeoutWithoutLockingTheOutboxOrDelayingRetention() throws Exception {
		UUID id = this.outbox.queue(null, "dora@example.org", "Erinnerung", "Text");
		// the first due mail, so the job (one mail per run here) takes this one
		this.jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ?, created_at = ? WHERE id = ?")
			.params(LONG_AGO, LONG_AGO, id)
			.update();

		ScheduledFuture<?> run = this.scheduler.schedule(this.job::sendDueMails, Instant.now());
		Socket connection = SMTP.connections.poll(20, TimeUnit.SECONDS);
		assertThat(connection).as("the job connects to the mail server").isNotNull();
		Instant hanging = Instant.now();

		QueuedMail claimed = this.delivery.find(id).orElseThrow();
		assertThat(claimed.status()).isEqualTo(QueuedMail.QUEUED);
		assertThat(claimed.nextAttemptAt()).as("claimed for the lease: no other sender takes it meanwhile")
			.isAfter(OffsetDateTime.now().plusMinutes(4));
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other
				.prepareStatement("SELECT id FROM mail_outbox WHERE id = ? FOR UPDATE NOWAIT")) {
				lock.setObject(1, id);
				try (ResultSet row = lock.executeQuery()) {
					assertThat(row.next()).as("no transaction holds the mail while the server hangs").isTrue();
				}
			}
			other.rollback();
		}
		assertThat(waitFor(() -> this.jdbc.sql("SELECT count(*) FROM retention_run WHERE started_at > ?")
			.param(hanging.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single() > 0, Duration.ofSeconds(20))).as("retention runs while the mail server hangs").isTrue();
		assertThat(run.isDone()).as("the mail server still hangs").isFalse();

		run.get(30, TimeUnit.SECONDS);
		connection.close();
		assertThat(Duration.between(hanging, Instant.now())).as("gave up after the timeout")
			.isLessThan(Duration.ofMillis(TIMEOUT_MS * 3L));
		QueuedMail queued = this.delivery.find(id).orElseThrow();
		assertThat(queued.status()).as("stays queued for a retry").isEqualTo(QueuedMail.QUEUED);
		assertThat(queued.attempts()).isEqualTo(1);
		assertThat(queued.lastError()).containsIgnoringCase("timed out");
		assertThat(queued.nextAttemptAt()).isCloseTo(OffsetDateTime.now().plusMinutes(1),
				within(Duration.ofSeconds(30)));
	}

	@Test
	void retentionRulesRunLongerThanTheStatementTimeoutOfRequests() {
		UUID tenant = this.tenants.create(AccessFixtures.unique("langsam-kreis"), "Langsam-Kreis", "03459", true).id();
		SlowRetentionRule.tenant = tenant;
		try {
			assertThat(waitFor(() -> latestRunOfTheSlowRule(tenant).isPresent(), Duration.ofSeconds(60))).isTrue();
			assertThat(latestRunOfTheSlowRule(tenant)).as("error of the run, if any").contains("none");
		}
		finally {
			SlowRetentionRule.tenant = null;
		}
	}

	private Optional<String> latestRunOfTheSlowRule(UUID tenant) {
		return this.jdbc.sql("""
				SELECT coalesce(error, 'none') FROM retention_run WHERE tenant_id = ? AND rule = ?
				ORDER BY id DESC LIMIT 1""").params(tenant, SlowRetentionRule.NAME).query(String.class).optional();
	}

	private static boolean waitFor(Supplier<Boolean> condition, Duration limit) {
		Instant end = Instant.now().plus(limit);
		while (Instant.now().isBefore(end)) {
			if (condition.get()) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.get();
	}

	/**
	 * A rule whose work for one tenant takes longer than the statement timeout, as
	 * deleting a year's records of a large tenant may.
	 */
	static class SlowRetentionRule implements RetentionRule {

		static final String NAME = "test.slow";

		static volatile UUID tenant;

		private final JdbcClient jdbc;

		SlowRetentionRule(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public String description() {
			return "Test: works longer than the statement timeout for one tenant";
		}

		@Override
		public String period() {
			return "none";
		}

		@Override
		public int apply(UUID tenantId, Instant now) {
			if (tenantId == null || !tenantId.equals(tenant)) {
				return 0;
			}
			this.jdbc.sql("SELECT 1 FROM pg_sleep(?)")
				.param((STATEMENT_TIMEOUT_MS + 1000) / 1000.0)
				.query(Integer.class)
				.single();
			return 1;
		}

	}

	/** Accepts connections and never says a word, like a hanging mail server. */
	static final class SilentMailServer {

		final BlockingQueue<Socket> connections = new LinkedBlockingQueue<>();

		private final ServerSocket socket;

		SilentMailServer() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			Thread acceptor = new Thread(() -> {
				while (!this.socket.isClosed()) {
					try {
						this.connections.add(this.socket.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "silent-mail-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		void close() throws IOException {
			this.socket.close();
		}

	}

}
