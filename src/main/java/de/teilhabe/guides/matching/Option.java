package de.teilhabe.guides.matching;

/**
 * A pair that passed every hard rule, with its cost (non-negative integer, lower is
 * better).
 *
 * @param requestId the request's id
 * @param guideId the guide's id
 * @param cost the cost of giving the request to the guide
 */
public record Option(long requestId, long guideId, int cost) {

	public Option {
		if (cost < 0) {
			throw new IllegalArgumentException("The cost of an option must not be negative: " + cost + " for request "
					+ requestId + " and guide " + guideId);
		}
	}

}
