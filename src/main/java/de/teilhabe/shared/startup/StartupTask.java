package de.teilhabe.shared.startup;

import java.util.Set;

/**
 * Work that must be done before the platform reports healthy: reference data, demo data,
 * bootstrap of the first tenant. Tasks run once per start, after the migrations, each in
 * its own transaction; a task starts as soon as the tasks it names in {@link #after()}
 * are done, so tasks that do not depend on each other run at the same time.
 */
public interface StartupTask {

	/** Unique among the tasks; other tasks name it in {@link #after()}. */
	String name();

	/**
	 * The names of the tasks whose data this one reads or builds on: it starts only after
	 * all of them succeeded, and does not run if one of them failed.
	 */
	default Set<String> after() {
		return Set.of();
	}

	/**
	 * Whether the platform may report healthy and serve before this task is done: work
	 * that nobody needs at the first second (the reference statistics and the indicators
	 * computed from them). While such tasks run, {@link Preparation#inProgress()} is true
	 * and the pages that show their data say so. Tasks that run before healthy cannot
	 * depend on such a task.
	 */
	default boolean whileServing() {
		return false;
	}

	void run();

}
