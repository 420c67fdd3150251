package de.teilhabe.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code teilhabe.startup.exit-when-ready=true}: stops the platform cleanly as soon
 * as it is ready and every start-up task, also those that run while serving, is done. For
 * the training run of a class data sharing archive (docs/operations.md), which must load
 * every class a start needs and must stop the embedded PostgreSQL it started.
 */
@Component
@ConditionalOnBooleanProperty("teilhabe.startup.exit-when-ready")
class ExitWhenReady {

	private static final Logger log = LoggerFactory.getLogger(ExitWhenReady.class);

	private final StartupRunner startup;

	ExitWhenReady(StartupRunner startup) {
		this.startup = startup;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		// the while-serving tasks too: the archive should hold their classes
		this.startup.awaitAllTasks();
		log.info("Ready; stopping, as teilhabe.startup.exit-when-ready asks");
		System.exit(SpringApplication.exit(event.getApplicationContext()));
	}

}
