package de.teilhabe.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every connection of the main pool runs with {@code teilhabe.db.statement-timeout}, so
 * that no request holds a connection for long. Background work that legitimately runs
 * longer (an import, its rollback, a recomputation of indicators) lifts it for its own
 * transaction only.
 */
public final class StatementTimeout {

	private StatementTimeout() {
	}

	/**
	 * Lifts the statement timeout until the end of the current transaction (call it
	 * inside one; the pool's connection gets its timeout back with the next transaction).
	 */
	public static void liftForThisTransaction(JdbcClient jdbc) {
		jdbc.sql("SELECT set_config('statement_timeout', '0', true)").query(String.class).single();
	}

}
