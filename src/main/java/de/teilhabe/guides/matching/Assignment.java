package de.teilhabe.guides.matching;

/**
 * A request given to a guide, with the cost of its option.
 *
 * @param requestId the request's id
 * @param guideId the guide's id
 * @param cost the option's cost
 */
public record Assignment(long requestId, long guideId, int cost) {

}
