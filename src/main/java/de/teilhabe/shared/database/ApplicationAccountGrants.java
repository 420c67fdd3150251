package de.teilhabe.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration, the owner account (Flyway's) grants the application account
 * ({@code spring.datasource.username}) what the application needs on every table and
 * sequence of the schema, whenever and by whichever version it was created: reading and
 * writing rows, and ANALYZE (PostgreSQL 17's MAINTAIN; the indicator computation
 * refreshes the planner's statistics). Nothing on Flyway's history. A table with a
 * trigger named {@code …_append_only} (the audit log) may only be read and appended to.
 * <p>
 * Nothing happens when both accounts are the same; {@link ApplicationAccountCheck} then
 * refuses the start.
 */
@Component
class ApplicationAccountGrants extends BaseCallback {

	private final String applicationAccount;

	ApplicationAccountGrants(@Value("${spring.datasource.username:}") String applicationAccount) {
		this.applicationAccount = applicationAccount;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			grant(context.getConnection(), context.getConfiguration().getTable());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"The grants to the application account " + this.applicationAccount + " failed", ex);
		}
	}

	private void grant(Connection connection, String historyTable) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (this.applicationAccount.isBlank() || !roleExists(statement) || isCurrentUser(statement)) {
				return;
			}
			String app = quote(this.applicationAccount);
			String schema = quote(single(statement, "SELECT current_schema()"));
			boolean maintain = connection.getMetaData().getDatabaseMajorVersion() >= 17;
			String tablePrivileges = "SELECT, INSERT, UPDATE, DELETE" + (maintain ? ", MAINTAIN" : "");
			List<String> statements = new ArrayList<>();
			statements.add("GRANT " + tablePrivileges + " ON ALL TABLES IN SCHEMA " + schema + " TO " + app);
			statements.add("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + app);
			statements.add("REVOKE ALL ON TABLE " + schema + "." + quote(historyTable) + " FROM " + app);
			for (String table : appendOnlyTables(statement)) {
				statements.add("REVOKE UPDATE, DELETE, TRUNCATE" + (maintain ? ", MAINTAIN" : "") + " ON TABLE " + table
						+ " FROM " + app);
			}
			// instances that start together would otherwise update the same catalog
			// rows at once ("tuple concurrently updated"); after a failure, closing
			// Flyway's connection releases the lock
			statement.execute("SELECT pg_advisory_lock(hashtext('teilhabe-application-grants'))");
			for (String sql : statements) {
				statement.execute(sql);
			}
			statement.execute("SELECT pg_advisory_unlock(hashtext('teilhabe-application-grants'))");
		}
	}

	private boolean roleExists(Statement statement) throws SQLException {
		return !single(statement, "SELECT rolname FROM pg_roles WHERE rolname = " + literal(this.applicationAccount))
			.isEmpty();
	}

	private boolean isCurrentUser(Statement statement) throws SQLException {
		return this.applicationAccount.equals(single(statement, "SELECT current_user"));
	}

	private static List<String> appendOnlyTables(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				SELECT DISTINCT t.tgrelid::regclass::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
				WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
				  AND t.tgname LIKE '%\\_append\\_only'""")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	/** The first column of the first row, or an empty string without a row. */
	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : "";
		}
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
