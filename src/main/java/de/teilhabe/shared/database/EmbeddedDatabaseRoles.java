package de.teilhabe.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of the embedded database, set up by the superuser at every start (each
 * step is idempotent): {@link #OWNER} owns the schema's objects and runs the migrations,
 * {@link #APPLICATION} is what the application's pools connect as. Neither is a
 * superuser, so the application cannot switch off the audit log's append-only trigger
 * (only the table's owner or a superuser may). The grants on the objects follow every
 * migration ({@link ApplicationAccountGrants}).
 * <p>
 * A data folder of an older version holds objects owned by the superuser: they are handed
 * to the owner here, before the migrations run.
 */
final class EmbeddedDatabaseRoles {

	static final String OWNER = "teilhabe_owner";

	static final String APPLICATION = "teilhabe_app";

	private EmbeddedDatabaseRoles() {
	}

	/**
	 * @param jdbcUrl the embedded server's database, connected to as
	 * {@link EmbeddedPostgres#SUPERUSER}
	 */
	static void prepare(String jdbcUrl) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgres.SUPERUSER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(ROLES_AND_DATABASE_PRIVILEGES);
			statement.execute(OBJECTS_OF_THE_SUPERUSER_TO_THE_OWNER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database roles of the embedded PostgreSQL could not be set up", ex);
		}
	}

	/**
	 * The owner may create objects (and the trusted extensions pg_trgm and btree_gin, for
	 * which CREATE on the database is needed); the application may connect, use the
	 * schema and create temporary tables (the statistics import's staging table).
	 */
	private static final String ROLES_AND_DATABASE_PRIVILEGES = """
			DO $$
			BEGIN
			  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
			    CREATE ROLE %1$s;
			  END IF;
			  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN
			    CREATE ROLE %2$s;
			  END IF;
			  ALTER ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
			  ALTER ROLE %2$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
			  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %%I TO %1$s', current_database());
			  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %%I TO %2$s', current_database());
			  GRANT USAGE, CREATE ON SCHEMA public TO %1$s;
			  GRANT USAGE ON SCHEMA public TO %2$s;
			END
			$$""".formatted(OWNER, APPLICATION);

	/**
	 * Tables (with their indexes, and the sequences of their serial columns), views,
	 * sequences and functions of the schema that the superuser owns, apart from the
	 * members of extensions: Flyway's history and everything migrated by an older
	 * version, which connected as the superuser.
	 */
	private static final String OBJECTS_OF_THE_SUPERUSER_TO_THE_OWNER = """
			DO $$
			DECLARE
			  object record;
			BEGIN
			  FOR object IN
			    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
			    WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = '%1$s'::regrole
			      AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
			      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
			                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
			    ORDER BY c.relkind = 'S'
			  LOOP
			    -- a table's serial sequences follow it; an earlier iteration may have moved this one
			    CONTINUE WHEN (SELECT relowner FROM pg_class WHERE oid = object.name) <> '%1$s'::regrole;
			    EXECUTE format('ALTER %%s %%s OWNER TO %2$s', CASE object.relkind WHEN 'S' THEN 'SEQUENCE'
			      WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
			      ELSE 'TABLE' END, object.name);
			  END LOOP;
			  FOR object IN
			    SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
			    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '%1$s'::regrole
			      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
			                      AND d.objid = p.oid AND d.deptype = 'e')
			  LOOP
			    EXECUTE format('ALTER %%s %%s OWNER TO %2$s',
			      CASE object.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
			      object.name);
			  END LOOP;
			END
			$$""".formatted(EmbeddedPostgres.SUPERUSER, OWNER);

}
