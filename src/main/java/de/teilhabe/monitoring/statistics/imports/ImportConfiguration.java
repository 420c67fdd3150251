package de.teilhabe.monitoring.statistics.imports;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
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
			ApplicationEventPublisher events,
			@Value("${teilhabe.statistics.wait-for-other-imports:5m}") Duration waitForOtherImports) {
		StatisticsImporter importer = new StatisticsImporter(dataSource, transactions, clock, events);
		importer.setWaitForOtherImports(waitForOtherImports);
		return importer;
	}

}
