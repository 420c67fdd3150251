package de.teilhabe.guides.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands: open (waiting for a guide), assigned, done, cancelled. The
 * office cancels an open or assigned request, marks an assigned one done or opens it
 * again (the assignment is cancelled); done and cancelled are final.
 */
public enum RequestStatus {

	OPEN, ASSIGNED, DONE, CANCELLED;

	/** The states the office may move a request to by hand. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(CANCELLED);
			case ASSIGNED -> EnumSet.of(OPEN, DONE, CANCELLED);
			case DONE, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
		};
	}

}
