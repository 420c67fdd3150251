package de.teilhabe.shared.database;

import java.util.EnumSet;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

	/**
	 * Spring Session writes the session row on every request only to move its last access
	 * time. {@link SessionTouches} sends that write only when the stored time is at least
	 * {@link #TOUCH_INTERVAL_MS} old; this update, as a second guard (for instance for
	 * another instance with an older version), also leaves the row alone unless something
	 * else changed or the last write is that old: no row version, no WAL per page view.
	 * The stored last access thus lags behind the real one by less than the interval, so
	 * an idle session expires at most that interval <em>earlier</em> than its idle
	 * timeout after the last request, never later.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesAtMostEvery30Seconds() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	static final long TOUCH_INTERVAL_MS = 30_000;

	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= """ + TOUCH_INTERVAL_MS + ")";

	/**
	 * Session reads and writes without an explicit transaction: each statement commits on
	 * its own. A page view then costs one SELECT (and at most every 30 s one UPDATE)
	 * instead of two transactions with their BEGIN/COMMIT round trips. Session rows need
	 * no atomicity across statements: a half-written new session is only a session
	 * without a signed-in user.
	 */
	@Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
	TransactionOperations sessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * The repository the session filter uses (see {@link SessionTouches}); everything
	 * else that asks for Spring Session's repository by its own type gets the JDBC one.
	 */
	@Bean
	@Primary
	SessionTouches sessionTouches(JdbcIndexedSessionRepository sessions) {
		return new SessionTouches(sessions);
	}

	/**
	 * The span of a request in which {@link SessionTouches} answers a second look at the
	 * session from the first read: just outside Spring Session's filter (its default
	 * order), for the same dispatches.
	 */
	@Bean
	FilterRegistrationBean<SessionTouches.OneReadPerRequest> oneSessionReadPerRequest() {
		FilterRegistrationBean<SessionTouches.OneReadPerRequest> registration = new FilterRegistrationBean<>(
				new SessionTouches.OneReadPerRequest());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST));
		return registration;
	}

	/** See {@link SessionAttributeConversion}. */
	@Bean(name = "springSessionConversionService", defaultCandidate = false)
	GenericConversionService springSessionConversionService() {
		return SessionAttributeConversion.create(getClass().getClassLoader());
	}

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	JdbcTransactionManager sessionTransactionManager(@SpringSessionDataSource HikariDataSource sessionDataSource) {
		return new JdbcTransactionManager(sessionDataSource);
	}

}
