package de.teilhabe.privacy.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention rules to every tenant every night
 * ({@code teilhabe.retention.cron}, default 02:30) on one instance.
 */
@Component
class RetentionJob {

	private final RetentionRunner runner;

	RetentionJob(RetentionRunner runner) {
		this.runner = runner;
	}

	@Scheduled(cron = "${teilhabe.retention.cron:0 30 2 * * *}")
	void applyRules() {
		this.runner.runForEveryTenant();
	}

}
