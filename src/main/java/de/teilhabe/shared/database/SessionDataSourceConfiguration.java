package de.teilhabe.shared.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;

/**
 * A small connection pool of its own for Spring Session. Every signed-in request updates
 * its session's last access time; on this pool PostgreSQL does not wait for the WAL flush
 * of those commits ({@code synchronous_commit = off}). A crash may lose the last fraction
 * of a second of session touches, never business data, which stays on the main pool with
 * synchronous commits. Both beans are no default candidates, so Boot's main DataSource
 * and transaction manager are created as usual.
 */
@Configuration(proxyBeanMethods = false)
class SessionDataSourceConfiguration {

	@Bean(defaultCandidate = false, destroyMethod = "close")
	@SpringSessionDataSource
	HikariDataSource sessionDataSource(DataSourceProperties properties,
			@Value("${teilhabe.sessions.pool-size:5}") int poolSize) {
		HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		dataSource.setPoolName("sessions");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionInitSql("SET synchronous_commit TO off");
		return dataSource;
	}

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	JdbcTransactionManager sessionTransactionManager(@SpringSessionDataSource HikariDataSource sessionDataSource) {
		return new JdbcTransactionManager(sessionDataSource);
	}

}
