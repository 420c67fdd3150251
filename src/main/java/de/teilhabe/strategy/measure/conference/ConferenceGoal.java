package de.teilhabe.strategy.measure.conference;

import java.util.List;
import java.util.UUID;

/**
 * A goal as the Integrationskonferenz sees it: with the workshop it came from, the
 * statements it answers, the goals merged into it (its other origins, each with its own
 * workshop and statements) and the measures planned for it.
 *
 * @param workshop the title of the workshop it was formulated in, or null
 * @param origins the goals merged into this one
 * @param measures titles of the measures that serve it
 */
public record ConferenceGoal(UUID id, String title, UUID fieldId, String field, String workshop,
		List<Statement> statements, List<ConferenceGoal> origins, List<String> measures) {

	/**
	 * A statement of the dialog a goal answers.
	 *
	 * @param type {@code STRENGTH}, {@code WEAKNESS} or {@code CHALLENGE}
	 */
	public record Statement(String type, String text) {
	}

}
