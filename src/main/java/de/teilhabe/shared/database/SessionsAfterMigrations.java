package de.teilhabe.shared.database;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The JDBC session repository starts its cleanup job as soon as it exists; its table is
 * created by a Flyway migration. Without this, a cleanup that fires while a fresh
 * database is still being migrated fails with "relation spring_session does not exist".
 * Registered in META-INF/spring.factories.
 */
public class SessionsAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(JdbcIndexedSessionRepository.class);
	}

}
