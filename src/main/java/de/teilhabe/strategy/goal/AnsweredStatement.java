package de.teilhabe.strategy.goal;

import java.util.UUID;

/**
 * A statement of the Integrationsdialog that a goal answers, as the goal's page and the
 * API show it.
 *
 * @param id its id
 * @param type STRENGTH, WEAKNESS or CHALLENGE
 * @param text what the small group wrote
 * @param field the name of its Handlungsfeld, or null
 * @param workshop the title of the workshop it was written in
 */
record AnsweredStatement(UUID id, String type, String text, String field, String workshop) {

}
