package de.teilhabe.monitoring.statistics.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports that an instance left "running" when it was killed or crashed are marked failed
 * at start-up, with a translated reason. Nothing of them stays: an import stores its
 * cells and completes its row in one transaction, which PostgreSQL rolled back when the
 * instance's connection died.
 * <p>
 * With the embedded database the instance lock guarantees that no other instance runs
 * imports, so every import begun before this JVM started is dead. With an external
 * database other instances may be importing right now; their imports are only taken for
 * dead after {@link #EXTERNAL_GRACE_HOURS} hours.
 */
@Component
class InterruptedImports implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	/** How long an import on an external database may run before it is taken for dead. */
	static final int EXTERNAL_GRACE_HOURS = 6;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean embedded;

	InterruptedImports(JdbcClient jdbc, Clock clock, @Value("${teilhabe.embedded-database:false}") boolean embedded) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.embedded = embedded;
	}

	/** The reference statistics wait for this task by its name. */
	@Override
	public String name() {
		return "interrupted statistics imports";
	}

	@Override
	public void run() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// an import of this JVM (a user may upload while the start-up tasks run) began
		// after it started
		OffsetDateTime begunBefore = this.embedded ? OffsetDateTime.ofInstant(
				ProcessHandle.current().info().startInstant().orElse(Instant.now(this.clock)), this.clock.getZone())
				: now.minusHours(EXTERNAL_GRACE_HOURS);
		int marked = this.jdbc
			.sql("UPDATE statistics_import SET status = 'FAILED', finished_at = ?, error_kind = 'INTERRUPTED', "
					+ "error = 'The platform stopped while the import was running; nothing was stored.', "
					+ "error_key = 'monitoring.fileError.detail.interrupted', error_arguments = NULL "
					+ "WHERE status = 'RUNNING' AND started_at < ?")
			.params(now, begunBefore)
			.update();
		if (marked > 0) {
			log.warn("{} statistics import(s) were running when the platform stopped; marked as failed, "
					+ "nothing of them was stored", marked);
		}
	}

}
