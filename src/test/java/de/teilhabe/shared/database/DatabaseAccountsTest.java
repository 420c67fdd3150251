package de.teilhabe.shared.database;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's connections cannot switch off or rewrite the audit log: they are
 * neither a superuser nor the owner of its table, which the migrations created as the
 * owner role.
 */
@IntegrationTest
class DatabaseAccountsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	@SpringSessionDataSource
	HikariDataSource sessionDataSource;

	@Autowired
	Environment environment;

	@Test
	void bothPoolsConnectAsTheApplicationRoleWhichIsNoSuperuserAndOwnsNothing() {
		for (DataSource pool : List.of(this.dataSource, this.sessionDataSource)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("teilhabe_app");
			assertThat(jdbc
				.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
				.query(Boolean.class)
				.single()).isFalse();
			assertThat(jdbc.sql("""
					SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
					AND pg_has_role(current_user, relowner, 'USAGE')""").query(Long.class).single())
				.as("objects the application role owns or could act as owner of")
				.isZero();
			assertThat(jdbc.sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_event'::regclass")
				.query(String.class)
				.single()).isEqualTo("teilhabe_owner");
		}
	}

	@Test
	void theApplicationCannotSwitchOffOrRewriteTheAuditLog() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isNotNegative();
		String notOwner = "must be owner of table audit_event";
		String denied = "permission denied for table audit_event";
		assertRefused(jdbc, "ALTER TABLE audit_event DISABLE TRIGGER ALL", notOwner);
		assertRefused(jdbc, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only", notOwner);
		assertRefused(jdbc, "DROP TRIGGER audit_event_append_only ON audit_event",
				"must be owner of relation audit_event");
		assertRefused(jdbc, "SET session_replication_role = replica",
				"permission denied to set parameter \"session_replication_role\"");
		assertRefused(jdbc, "UPDATE audit_event SET details = 'geändert'", denied);
		assertRefused(jdbc, "DELETE FROM audit_event", denied);
		assertRefused(jdbc, "TRUNCATE audit_event", denied);
		assertRefused(jdbc, "CREATE TABLE not_allowed (id int)", "permission denied for schema public");
		assertRefused(jdbc, "DELETE FROM flyway_schema_history", "permission denied for table flyway_schema_history");
	}

	private static void assertRefused(JdbcClient jdbc, String sql, String message) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining(message);
	}

	@Test
	void theMigrationsRanAsTheOwnerRole() {
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment)) {
			assertThat(JdbcClient.create(superuser)
				.sql("SELECT DISTINCT installed_by FROM flyway_schema_history")
				.query(String.class)
				.list()).containsExactly("teilhabe_owner");
		}
	}

	@Test
	void aSuperuserOrOwnerAsTheApplicationsAccountIsRefused() {
		try (SingleConnectionDataSource superuser = DatabaseSuperuser.dataSource(this.environment)) {
			assertThatIllegalStateException()
				.isThrownBy(() -> ApplicationAccountCheck.refusePrivilegedAccount(JdbcClient.create(superuser)))
				.withMessageStartingWith("The application connects to the database as \"postgres\", which is a "
						+ "superuser, owns tables of the schema, may create objects in the schema: it could switch "
						+ "off the audit log's append-only trigger.");
		}
		try (SingleConnectionDataSource owner = new SingleConnectionDataSource(
				this.environment.getRequiredProperty("spring.datasource.url"), "teilhabe_owner", "", true)) {
			assertThatIllegalStateException()
				.isThrownBy(() -> ApplicationAccountCheck.refusePrivilegedAccount(JdbcClient.create(owner)))
				.withMessageContaining("as \"teilhabe_owner\", which owns tables of the schema, may create objects");
		}
		ApplicationAccountCheck.refusePrivilegedAccount(JdbcClient.create(this.dataSource));
	}

}
