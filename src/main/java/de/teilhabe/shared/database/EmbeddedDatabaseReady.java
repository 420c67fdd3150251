package de.teilhabe.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * The embedded PostgreSQL starts in the background while the context starts
 * ({@link EmbeddedPostgres#startOnce}): every data source, and the migrations, wait here
 * until it runs, before anything can connect.
 */
@Component
class EmbeddedDatabaseReady implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource || bean instanceof FlywayMigrationInitializer) {
			EmbeddedPostgres.current().ifPresent(EmbeddedPostgres::awaitReady);
		}
		return bean;
	}

}
