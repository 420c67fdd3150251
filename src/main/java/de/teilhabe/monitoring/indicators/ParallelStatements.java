package de.teilhabe.monitoring.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import de.teilhabe.shared.database.StatementTimeout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the independent statements of one recomputation (one per indicator and scope) on
 * several database connections at once: a statement keeps one PostgreSQL backend, so one
 * core, busy, and the indicators do not depend on each other. Each connection takes the
 * next statement when it is done with one and commits its statements together, in a
 * transaction of its own; a failure rolls back that connection's statements and leaves
 * the others' stored (every statement is complete in itself, and the next recomputation
 * repeats them).
 */
@Component
class ParallelStatements {

	private final TransactionTemplate ownTransaction;

	private final int connections;

	private final JdbcClient jdbc;

	ParallelStatements(PlatformTransactionManager transactions, JdbcClient jdbc,
			@Value("${teilhabe.indicators.recompute-connections:2}") int connections) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.connections = Math.max(1, connections);
	}

	/**
	 * Runs every statement on at most the configured number of connections, each
	 * connection in a transaction of its own, and waits for all.
	 * @param perConnection wraps the run of one connection's statements (e.g. to set the
	 * planner settings once per transaction)
	 * @return the results in the order of the statements
	 * @throws RuntimeException the first failure, after every worker has stopped
	 */
	<T> List<T> run(List<Supplier<T>> statements, UnaryOperator<Runnable> perConnection) {
		Object[] results = new Object[statements.size()];
		AtomicInteger next = new AtomicInteger();
		Runnable statementsInTurn = () -> {
			for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
				results[i] = statements.get(i).get();
			}
		};
		Runnable worker = () -> this.ownTransaction.executeWithoutResult((status) -> {
			StatementTimeout.liftForThisTransaction(this.jdbc); // background work, not a
																// request
			perConnection.apply(statementsInTurn).run();
		});
		int workers = Math.min(this.connections, statements.size());
		if (workers <= 1) {
			worker.run();
		}
		else {
			ExecutorService pool = Executors.newFixedThreadPool(workers);
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int w = 0; w < workers; w++) {
					running.add(pool.submit(worker));
				}
				RuntimeException failure = null;
				for (Future<?> future : running) {
					try {
						future.get();
					}
					catch (ExecutionException ex) {
						if (failure == null) {
							// stop the other workers after their current statement
							next.set(results.length);
							failure = (ex.getCause() instanceof RuntimeException runtime) ? runtime
									: new IllegalStateException(ex.getCause());
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						next.set(results.length);
						throw new IllegalStateException("Interrupted while recomputing indicators", ex);
					}
				}
				if (failure != null) {
					throw failure;
				}
			}
			finally {
				pool.shutdown();
			}
		}
		@SuppressWarnings("unchecked")
		List<T> list = (List<T>) Arrays.asList(results);
		return list;
	}

}
