package de.teilhabe.monitoring.statistics.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports that an instance left "running" when it was killed or crashed are marked
 * failed, with a translated reason: at start-up, and whenever a tenant's imports are
 * read. Nothing of them stays: an import stores its cells and completes its row in one
 * transaction, which PostgreSQL rolled back when the instance's connection died.
 * <p>
 * An import row names the instance that runs it: the {@code application_name} of the
 * instance's connections ({@code teilhabe-<random id>}, set per start in
 * application.properties). An import whose instance has no connection to the database any
 * more is dead, with the embedded and with an external database (where other instances
 * may be importing right now: their connections are there). Rows written before instances
 * were named fall back to the old rules: with the embedded database every import begun
 * before this JVM started is dead; with an external one after
 * {@link #EXTERNAL_GRACE_HOURS} hours.
 */
@Component
class InterruptedImports implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	/**
	 * How long an import on an external database that names no instance may run before it
	 * is taken for dead.
	 */
	static final int EXTERNAL_GRACE_HOURS = 6;

	private static final String MARK_FAILED = "UPDATE statistics_import i SET status = 'FAILED', finished_at = ?, "
			+ "error_kind = 'INTERRUPTED', "
			+ "error = 'The platform stopped while the import was running; nothing was stored.', "
			+ "error_key = 'monitoring.fileError.detail.interrupted', error_arguments = NULL "
			+ "WHERE i.status = 'RUNNING' AND (i.instance IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a "
			+ "WHERE a.application_name = i.instance) OR i.instance IS NULL AND i.started_at < ?)";

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
		int marked = this.jdbc.sql(MARK_FAILED).params(OffsetDateTime.now(this.clock), unnamedBegunBefore()).update();
		if (marked > 0) {
			log.warn("{} statistics import(s) were running when the platform stopped; marked as failed, "
					+ "nothing of them was stored", marked);
		}
	}

	/**
	 * Marks the dead imports of one tenant (null: shared data) failed: their instance
	 * vanished while this one runs.
	 */
	void markDeadImportsOf(UUID tenantId) {
		this.jdbc.sql(MARK_FAILED + " AND " + StatisticsImporter.tenantIs("i.tenant_id", tenantId))
			.params(OffsetDateTime.now(this.clock), unnamedBegunBefore())
			.update();
	}

	/**
	 * Before when an import that names no instance must have begun to be taken for dead.
	 */
	private OffsetDateTime unnamedBegunBefore() {
		// an import of this JVM (a user may upload while the start-up tasks run) began
		// after it started
		return this.embedded ? OffsetDateTime.ofInstant(
				ProcessHandle.current().info().startInstant().orElse(Instant.now(this.clock)), this.clock.getZone())
				: OffsetDateTime.now(this.clock).minusHours(EXTERNAL_GRACE_HOURS);
	}

}
