package de.teilhabe.strategy.concept;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of a tenant's integration concept.
 *
 * @param horizonStart first year the version plans for (e.g. 2018)
 * @param horizonEnd target year (e.g. 2022)
 * @param adoptedBy the body that adopted it (e.g. Kreistag), null for a draft
 * @param adoptedOn the date of the decision, null for a draft
 * @param basedOn the version this one started as a copy of, or null
 */
public record Concept(UUID id, String title, int horizonStart, int horizonEnd, ConceptStatus status, String adoptedBy,
		LocalDate adoptedOn, UUID basedOn) {
}
