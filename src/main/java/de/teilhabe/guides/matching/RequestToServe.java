package de.teilhabe.guides.matching;

import java.util.List;

/**
 * An open request; one-off = one occurrence, recurring = every occurrence in the planning
 * horizon. One guide serves all its occurrences.
 *
 * @param requestId the request's id
 * @param occurrences its occurrences
 */
public record RequestToServe(long requestId, List<TimeWindow> occurrences) {

	public RequestToServe {
		occurrences = List.copyOf(occurrences);
	}

}
