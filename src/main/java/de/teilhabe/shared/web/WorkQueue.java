package de.teilhabe.shared.web;

import java.util.List;

import de.teilhabe.shared.security.Actor;

/**
 * Work waiting for a user, shown on the start page ("2 Änderungen warten auf Freigabe").
 * Each module declares beans for its own work; the start page asks all of them.
 */
public interface WorkQueue {

	/**
	 * What waits for this user (empty if nothing, or if the user's roles have nothing to
	 * do here).
	 */
	List<WorkItem> itemsFor(Actor actor);

}
