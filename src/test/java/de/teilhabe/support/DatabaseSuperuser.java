package de.teilhabe.support;

import java.util.function.Consumer;

import de.teilhabe.shared.database.EmbeddedPostgres;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded database's superuser (the operator's account, trust authentication on
 * loopback), for what the application's own account cannot do: a test that plays someone
 * with the operator's account, or creates databases and roles.
 */
public final class DatabaseSuperuser {

	private DatabaseSuperuser() {
	}

	/** One connection as the superuser to the application's database; close it. */
	public static SingleConnectionDataSource dataSource(Environment environment) {
		return new SingleConnectionDataSource(environment.getRequiredProperty("spring.datasource.url"),
				EmbeddedPostgres.SUPERUSER, "", true);
	}

	/** Runs the work as the superuser in one transaction. */
	public static void inOneTransaction(Environment environment, Consumer<JdbcClient> work) {
		try (SingleConnectionDataSource superuser = dataSource(environment)) {
			new TransactionTemplate(new JdbcTransactionManager(superuser))
				.executeWithoutResult((status) -> work.accept(JdbcClient.create(superuser)));
		}
	}

}
