package de.teilhabe.shared.startup;

import java.util.Comparator;
import java.util.List;

import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupTask}s and reports the platform healthy only once all of them
 * are done.
 */
@Component("setup")
class StartupRunner implements ApplicationRunner, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

	private final List<StartupTask> tasks;

	private final TransactionTemplate transactions;

	private final PlatformMode mode;

	private volatile boolean done;

	private volatile String failure;

	StartupRunner(List<StartupTask> tasks, TransactionTemplate transactions, PlatformMode mode) {
		this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
		this.transactions = transactions;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (StartupTask task : this.tasks) {
			long started = System.nanoTime();
			try {
				this.transactions.executeWithoutResult((status) -> task.run());
			}
			catch (RuntimeException ex) {
				this.failure = task.name() + ": " + ex.getMessage();
				throw ex;
			}
			log.info("Start-up task '{}' done in {} ms", task.name(), (System.nanoTime() - started) / 1_000_000);
		}
		this.done = true;
		if (this.mode.isDemo()) {
			log.warn("*** DEMO MODE *** sample data and demo logins (password 'demo'); never enter real data. "
					+ "Teilhabe is ready.");
		}
		else {
			log.info("Teilhabe is ready.");
		}
	}

	@Override
	public Health health() {
		if (this.done) {
			return Health.up().withDetail("tasks", this.tasks.stream().map(StartupTask::name).toList()).build();
		}
		Health.Builder builder = Health.down();
		if (this.failure != null) {
			builder.withDetail("failure", this.failure);
		}
		return builder.build();
	}

}
