package de.teilhabe.guides.matching;

import java.util.List;

/**
 * The open requests, the guides who may take them and the pairs that passed every hard
 * rule. Ids are unique within requests and within guides; every option names a request
 * and a guide of the problem, each pair at most once.
 *
 * @param requests the open requests
 * @param guides the guides who may be used
 * @param options the pairs that passed every hard rule
 */
public record Problem(List<RequestToServe> requests, List<GuideToUse> guides, List<Option> options) {

	public Problem {
		requests = List.copyOf(requests);
		guides = List.copyOf(guides);
		options = List.copyOf(options);
	}

}
