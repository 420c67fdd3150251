package de.teilhabe.network.support;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Support the office gave a club or association in its intercultural opening.
 *
 * @param id its id
 * @param organisationId the club or association
 * @param organisationName its name
 * @param what what the office did (e.g. a workshop for the board, a multilingual welcome
 * leaflet)
 * @param startedOn when it started
 * @param endedOn when it ended, or null (ongoing or a single day)
 * @param outcome what came of it
 */
public record OpeningSupport(UUID id, UUID organisationId, String organisationName, String what, LocalDate startedOn,
		LocalDate endedOn, String outcome) {
}
