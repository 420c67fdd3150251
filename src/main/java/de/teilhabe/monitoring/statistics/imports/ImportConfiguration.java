package de.teilhabe.monitoring.statistics.imports;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The importer and the threads imports started from the UI run on.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	StatisticsImporter statisticsImporter(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		return new StatisticsImporter(dataSource, transactions, clock);
	}

	/** Two imports at a time, ten waiting; more are refused (the UI says so). */
	@Bean
	ThreadPoolTaskExecutor statisticsImportExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(10);
		executor.setThreadNamePrefix("statistics-import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
