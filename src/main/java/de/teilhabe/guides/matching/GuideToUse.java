package de.teilhabe.guides.matching;

import java.util.List;

/**
 * A guide who may be used; busy = occurrences of assignments the guide already has (count
 * for overlap AND capacity). Each busy window counts once toward the capacity of the ISO
 * week (Europe/Berlin) in which it starts.
 *
 * @param guideId the guide's id
 * @param assignmentsPerWeek how many requests the guide takes at most in one ISO week
 * @param busy the occurrences of the guide's present assignments
 */
public record GuideToUse(long guideId, int assignmentsPerWeek, List<TimeWindow> busy) {

	public GuideToUse {
		if (assignmentsPerWeek < 0) {
			throw new IllegalArgumentException(
					"Assignments per week must not be negative: " + assignmentsPerWeek + " for guide " + guideId);
		}
		busy = List.copyOf(busy);
	}

}
