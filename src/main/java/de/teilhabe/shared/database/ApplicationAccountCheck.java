package de.teilhabe.shared.database;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's own database account (the pools',
 * {@code spring.datasource.username}) could switch off the audit log's append-only
 * trigger or change the schema: a superuser, the owner of the schema's tables, or an
 * account that may create objects in it. Migrations run as a separate owner account
 * ({@code spring.flyway.user}); see docs/operations.md, "Database accounts". Checked
 * after the migrations, so that the owner's tables exist.
 */
@Component
@DependsOnDatabaseInitialization
class ApplicationAccountCheck {

	ApplicationAccountCheck(DataSource dataSource) {
		refusePrivilegedAccount(JdbcClient.create(dataSource));
	}

	/**
	 * @param jdbc connections of the account to check
	 * @throws IllegalStateException if the account has any of these rights
	 */
	static void refusePrivilegedAccount(JdbcClient jdbc) {
		Rights rights = jdbc.sql("""
				SELECT current_user AS account, r.rolsuper AS superuser,
				       EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
				               AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owner,
				       has_schema_privilege(current_schema(), 'CREATE') AS creator
				FROM pg_roles r WHERE r.rolname = current_user""").query(Rights.class).single();
		List<String> reasons = new ArrayList<>();
		if (rights.superuser()) {
			reasons.add("is a superuser");
		}
		if (rights.owner()) {
			reasons.add("owns tables of the schema");
		}
		if (rights.creator()) {
			reasons.add("may create objects in the schema");
		}
		if (!reasons.isEmpty()) {
			throw new IllegalStateException("The application connects to the database as \"" + rights.account()
					+ "\", which " + String.join(", ", reasons)
					+ ": it could switch off the audit log's append-only trigger. Give the application an account "
					+ "without these rights (spring.datasource.username) and run the migrations as the owner "
					+ "account (spring.flyway.user), see docs/operations.md, \"Database accounts\".");
		}
	}

	record Rights(String account, boolean superuser, boolean owner, boolean creator) {
	}

}
