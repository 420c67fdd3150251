package de.teilhabe.monitoring.statistics.imports;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The importer.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	StatisticsImporter statisticsImporter(DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
			ApplicationEventPublisher events) {
		return new StatisticsImporter(dataSource, transactions, clock, events);
	}

}
