package de.teilhabe.shared.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import de.teilhabe.shared.Causes;

import org.springframework.dao.QueryTimeoutException;

/**
 * Tells an overloaded database from a fault: the connection pool had no free connection
 * within its wait ({@code spring.datasource.hikari.connection-timeout}), or a statement
 * ran into the statement timeout ({@code teilhabe.db.statement-timeout}). Either is
 * answered 503 with {@code Retry-After}, not 500 (see docs/operations.md).
 */
public final class DatabaseBusy {

	/**
	 * SQLSTATE query_canceled: what PostgreSQL reports when the statement timeout hits.
	 */
	private static final String QUERY_CANCELED = "57014";

	private DatabaseBusy() {
	}

	/** Whether the exception, or one of its causes, says the database is overloaded. */
	public static boolean isCause(Throwable ex) {
		return Causes.anyMatches(ex,
				(cause) -> cause instanceof SQLTransientConnectionException || cause instanceof QueryTimeoutException
						|| (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())));
	}

}
