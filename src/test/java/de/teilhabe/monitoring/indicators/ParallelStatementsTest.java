package de.teilhabe.monitoring.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statements of a recomputation on several connections, against the real database:
 * results in order, at most the configured connections (2), one transaction per
 * connection, and a failure reported.
 */
@IntegrationTest
class ParallelStatementsTest {

	@Autowired
	ParallelStatements parallel;

	@Autowired
	JdbcClient jdbc;

	/** The backend and transaction a statement ran in, and its place in the list. */
	record Ran(int index, int backend, long transaction) {

	}

	@Test
	void runsEveryStatementOnAtMostTwoConnectionsEachInOneTransaction() {
		List<Supplier<Ran>> statements = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int index = i;
			statements.add(() -> this.jdbc.sql("SELECT pg_backend_pid(), txid_current(), pg_sleep(0.01)")
				.query((rs, row) -> new Ran(index, rs.getInt(1), rs.getLong(2)))
				.single());
		}
		AtomicInteger connections = new AtomicInteger();
		List<Ran> ran = this.parallel.run(statements, (statementsInTurn) -> () -> {
			connections.incrementAndGet();
			statementsInTurn.run();
		});
		assertThat(ran).extracting(Ran::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		Map<Integer, Set<Long>> transactionsByBackend = ran.stream()
			.collect(Collectors.groupingBy(Ran::backend, Collectors.mapping(Ran::transaction, Collectors.toSet())));
		assertThat(transactionsByBackend).hasSize(2);
		assertThat(transactionsByBackend.values()).allSatisfy((transactions) -> assertThat(transactions).hasSize(1));
		assertThat(connections).hasValue(2);
	}

	@Test
	void aFailingStatementIsReportedAfterTheOthersStopped() {
		List<Supplier<Integer>> statements = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int index = i;
			statements.add(() -> this.jdbc.sql("SELECT 1 / (:i - 3)").param("i", index).query(Integer.class).single());
		}
		assertThatThrownBy(() -> this.parallel.run(statements, UnaryOperator.identity()))
			.hasMessageContaining("division by zero");
	}

}
