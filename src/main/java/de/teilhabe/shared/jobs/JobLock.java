package de.teilhabe.shared.jobs;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance only: the job runs in a new transaction that holds
 * a PostgreSQL advisory lock named after the job ({@code pg_try_advisory_xact_lock}); an
 * instance that does not get the lock skips the run. The lock ends with the transaction,
 * so a crashed instance never blocks the others.
 */
@Component
public class JobLock {

	/**
	 * First key of the two-key advisory locks: keeps job locks apart from other locks.
	 */
	static final int JOB_LOCK_SPACE = 0x4a4f42; // "JOB"

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	JobLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs the job if no other instance (or thread) runs it right now.
	 * @param job the job's name, the same on every instance
	 * @param work what to do; work that must survive its own failures commits in
	 * transactions of its own ({@code REQUIRES_NEW})
	 * @return whether this instance ran it
	 */
	public boolean runExclusively(String job, Runnable work) {
		return callExclusively(job, () -> {
			work.run();
			return Boolean.TRUE;
		}) != null;
	}

	/**
	 * Runs the job if no other instance runs it right now.
	 * @return the job's result, or null if another instance holds the lock
	 */
	public <T> T callExclusively(String job, Supplier<T> work) {
		return this.transactions.execute((status) -> {
			boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")
				.params(JOB_LOCK_SPACE, job)
				.query(Boolean.class)
				.single();
			return locked ? work.get() : null;
		});
	}

}
