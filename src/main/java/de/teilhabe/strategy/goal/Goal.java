package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.strategy.goal.Controlling.Point;

/**
 * A SMART goal as stored, with its last computed controlling status.
 *
 * @param id its id
 * @param fieldId its Handlungsfeld
 * @param fieldName the Handlungsfeld's name
 * @param conceptId the version of the concept the Handlungsfeld belongs to
 * @param title what is to be reached
 * @param description more about it, or null
 * @param indicatorCode the indicator measuring it, or null for a custom measure
 * @param regionKey the region of the indicator's values, or null for a custom measure
 * @param customMeasure the custom measure, or null
 * @param unit the unit of a custom measure, or null
 * @param baseline the baseline value and year
 * @param target the target value and year
 * @param status the status last computed, or null before the first computation
 * @param latest the latest value it was computed from, or null
 * @param previousStatus the status before the last change, or null
 * @param statusChangedAt when the status last changed, or null
 * @param organisationIds the responsible organisations, in order
 */
public record Goal(UUID id, UUID fieldId, String fieldName, UUID conceptId, String title, String description,
		String indicatorCode, String regionKey, String customMeasure, String unit, Point baseline, Point target,
		GoalStatus status, Point latest, GoalStatus previousStatus, OffsetDateTime statusChangedAt,
		List<UUID> organisationIds) {

	/** Whether the goal is measured by an indicator (else by a custom measure). */
	public boolean byIndicator() {
		return this.indicatorCode != null;
	}

	/** The latest value, or null. */
	public BigDecimal latestValue() {
		return (this.latest != null) ? this.latest.value() : null;
	}

}
