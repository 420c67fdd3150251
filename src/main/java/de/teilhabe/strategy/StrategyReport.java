package de.teilhabe.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the report (module {@code reporting}) reads of the integration concept: the goals
 * of the current version with their controlling status, and the measures serving each.
 * Read-only; the tenant's data only.
 */
public interface StrategyReport {

	/**
	 * The current version of the tenant's concept (the adopted one, else the newest
	 * draft) with its goals, by Handlungsfeld; empty when the tenant has no concept.
	 */
	java.util.Optional<ReportedConcept> current(UUID tenantId);

	/**
	 * A version of the concept as the report shows it.
	 *
	 * @param title e.g. Integrationskonzept 2026–2030
	 * @param horizonStart the first year it covers
	 * @param horizonEnd the last year it covers
	 * @param goals its goals (not merged ones), by Handlungsfeld and title
	 */
	record ReportedConcept(String title, int horizonStart, int horizonEnd, List<ReportedGoal> goals) {

		public ReportedConcept {
			goals = List.copyOf(goals);
		}

	}

	/**
	 * A SMART goal with its controlling status.
	 *
	 * @param id the goal
	 * @param field the name of its Handlungsfeld
	 * @param title what is to be reached
	 * @param indicatorCode the indicator measuring it, or null for a custom measure
	 * @param measureName the custom measure's name, or null
	 * @param unit the custom measure's unit, or null
	 * @param baselineValue the baseline value
	 * @param baselineYear its year
	 * @param targetValue the target value
	 * @param targetYear its year
	 * @param latestValue the latest value, or null
	 * @param latestYear its year, or null
	 * @param status the controlling status ({@code REACHED}, {@code ON_TRACK},
	 * {@code AT_RISK}, {@code OFF_TRACK}, {@code NO_DATA}), or null before the first
	 * computation
	 * @param measures the measures serving it, by title
	 */
	record ReportedGoal(UUID id, String field, String title, String indicatorCode, String measureName, String unit,
			BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear, BigDecimal latestValue,
			Integer latestYear, String status, List<ReportedMeasure> measures) {

		public ReportedGoal {
			measures = List.copyOf(measures);
		}

	}

	/**
	 * A measure.
	 *
	 * @param id the measure
	 * @param title its title
	 * @param status {@code PLANNED}, {@code RUNNING}, {@code DONE} or {@code DROPPED}
	 * @param startDate when it starts, or null
	 * @param endDate when it ends, or null
	 */
	record ReportedMeasure(UUID id, String title, String status, LocalDate startDate, LocalDate endDate) {

	}

}
