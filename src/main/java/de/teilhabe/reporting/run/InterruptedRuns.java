package de.teilhabe.reporting.run;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs that an instance left queued or running when it stopped (killed, crashed,
 * restarted) are marked failed at start, with the reason in the run's language: their
 * instance has no connection to the database any more. Versions kept before stay.
 */
@Component
class InterruptedRuns implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

	private final RunStore runs;

	private final MessageSource messages;

	private final Clock clock;

	InterruptedRuns(RunStore runs, MessageSource messages, Clock clock) {
		this.runs = runs;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "interrupted report runs";
	}

	@Override
	public void run() {
		int marked = 0;
		for (String language : new String[] { "de", "en" }) {
			String reason = this.messages.getMessage("reporting.run.reason.interrupted", null,
					Locale.forLanguageTag(language));
			marked += this.runs.markDead(language, reason, OffsetDateTime.now(this.clock));
		}
		if (marked > 0) {
			log.warn("{} report run(s) were queued or running when the platform stopped; marked as failed", marked);
		}
	}

}
