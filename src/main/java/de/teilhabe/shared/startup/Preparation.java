package de.teilhabe.shared.startup;

/**
 * Whether start-up work that runs while the platform already serves (a
 * {@link StartupTask#whileServing()} task) is still going on: the pages that show its
 * data then say that the figures are being prepared instead of showing empty or
 * incomplete ones.
 */
public interface Preparation {

	/** True from the start until every while-serving start-up task has finished. */
	boolean inProgress();

}
