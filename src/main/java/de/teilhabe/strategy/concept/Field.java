package de.teilhabe.strategy.concept;

import java.util.List;
import java.util.UUID;

/**
 * A Handlungsfeld of a version of the concept, with the codes of the monitoring
 * indicators that describe it, in order.
 */
public record Field(UUID id, UUID conceptId, int position, String name, String description,
		List<String> indicatorCodes) {
}
