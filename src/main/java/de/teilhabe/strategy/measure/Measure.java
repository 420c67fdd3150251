package de.teilhabe.strategy.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure of a version of the integration concept.
 *
 * @param conceptId the version it belongs to
 * @param leadOrganisationId the organisation that leads it (null: the office itself)
 * @param partnerOrganisationIds the partner organisations, in order
 * @param goals the goals it serves (a goal merged at the conference counts as the goal it
 * was merged into)
 * @param budget the budget in euro, or null
 * @param funding who funds it (e.g. a Land programme), or null
 */
public record Measure(UUID id, UUID conceptId, String title, String description, UUID leadOrganisationId,
		List<UUID> partnerOrganisationIds, List<GoalRef> goals, LocalDate startDate, LocalDate endDate,
		BigDecimal budget, String funding, MeasureStatus status) {

	/** Whether the organisation leads the measure or is one of its partners. */
	public boolean carriedBy(UUID organisationId) {
		return organisationId != null && (organisationId.equals(this.leadOrganisationId)
				|| this.partnerOrganisationIds.contains(organisationId));
	}

	/**
	 * A goal a measure serves.
	 *
	 * @param id the goal
	 * @param title its text
	 * @param field the name of its Handlungsfeld
	 */
	public record GoalRef(UUID id, String title, String field) {
	}

	/**
	 * A dated progress note.
	 *
	 * @param notedOn the day it speaks of
	 * @param text what happened
	 * @param authorName who wrote it (the display name)
	 */
	public record Note(UUID id, LocalDate notedOn, String text, String authorName) {
	}

}
