package de.teilhabe.guides.guide;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a guide stands: interested, first conversation held, basic training completed,
 * police certificate (erweitertes Führungszeugnis) inspected, active, paused, ended. A
 * guide moves one step forward at a time, switches between active and paused, and may end
 * from any state; an ended engagement does not start again (a new profile does).
 */
public enum GuideState {

	INTERESTED, FIRST_CONVERSATION, TRAINED, CERTIFICATE_INSPECTED, ACTIVE, PAUSED, ENDED;

	/** The states a guide may move to from this one. */
	public Set<GuideState> next() {
		return switch (this) {
			case INTERESTED -> EnumSet.of(FIRST_CONVERSATION, ENDED);
			case FIRST_CONVERSATION -> EnumSet.of(TRAINED, ENDED);
			case TRAINED -> EnumSet.of(CERTIFICATE_INSPECTED, ENDED);
			case CERTIFICATE_INSPECTED -> EnumSet.of(ACTIVE, ENDED);
			case ACTIVE -> EnumSet.of(PAUSED, ENDED);
			case PAUSED -> EnumSet.of(ACTIVE, ENDED);
			case ENDED -> EnumSet.noneOf(GuideState.class);
		};
	}

	public boolean canMoveTo(GuideState target) {
		return next().contains(target);
	}

}
