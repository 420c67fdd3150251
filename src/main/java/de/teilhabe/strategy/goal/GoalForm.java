package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a SMART goal, for the page and the API alike (bound by
 * {@link de.teilhabe.shared.web.form.FormBinder}). The constraints check the form of each
 * value; which SMART parts are missing is checked by {@link SmartCheck}, so that the
 * message names the part.
 *
 * @param title what is to be reached, in words (specific)
 * @param description more about it
 * @param field the Handlungsfeld
 * @param indicator the code of a monitoring indicator (measurable), or none with a custom
 * measure
 * @param region the key of the region the indicator's values are taken for
 * @param customMeasure the name of a measure of the office's own, with hand-entered
 * values, instead of an indicator
 * @param unit the unit of a custom measure's values
 * @param baselineValue the value at the start
 * @param baselineYear the year of the baseline value
 * @param targetValue the value to reach
 * @param targetYear the year by which it is to be reached (time-bound), after the
 * baseline year
 * @param organisations the organisations of the network responsible for it
 * @param values the hand-entered values of a custom measure, one per year
 * @param statements the statements of the Integrationsdialog the goal answers
 */
public record GoalForm(@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 4000, message = "{form.error.tooLong}") String description, UUID field,
		@Size(max = 64, message = "{form.error.tooLong}") @SingleLine String indicator,
		@Size(max = 20, message = "{form.error.tooLong}") @SingleLine String region,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String customMeasure,
		@Size(max = 60, message = "{form.error.tooLong}") @SingleLine String unit,
		@DecimalMin(value = "-1000000000000", message = "{strategy.goal.error.number}") @DecimalMax(
				value = "1000000000000", message = "{strategy.goal.error.number}") BigDecimal baselineValue,
		@Min(value = 1990, message = "{strategy.goal.error.year}") @Max(value = 2100,
				message = "{strategy.goal.error.year}") Integer baselineYear,
		@DecimalMin(value = "-1000000000000", message = "{strategy.goal.error.number}") @DecimalMax(
				value = "1000000000000", message = "{strategy.goal.error.number}") BigDecimal targetValue,
		@Min(value = 1990, message = "{strategy.goal.error.year}") @Max(value = 2100,
				message = "{strategy.goal.error.year}") Integer targetYear,
		@Size(max = 20, message = "{form.error.tooMany}") List<UUID> organisations,
		@Size(max = 40, message = "{form.error.tooMany}") List<@Valid HandValue> values,
		@Size(max = 200, message = "{form.error.tooMany}") List<UUID> statements) implements CheckedTogether {

	/** The hand-entered values as rows of the page ({@code values[0].year}). */
	public static final FormRows VALUES = new FormRows("values", List.of("year", "value"), 40);

	public GoalForm {
		organisations = (organisations != null) ? organisations : List.of();
		values = (values != null) ? values : List.of();
		statements = (statements != null) ? statements : List.of();
	}

	/**
	 * A hand-entered value of a custom measure.
	 *
	 * @param year the year
	 * @param value the value
	 */
	public record HandValue(
			@NotNull(message = "{form.error.required}") @Min(value = 1990, message = "{strategy.goal.error.year}") @Max(
					value = 2100, message = "{strategy.goal.error.year}") Integer year,
			@NotNull(message = "{form.error.required}") @DecimalMin(value = "-1000000000000",
					message = "{strategy.goal.error.number}") @DecimalMax(value = "1000000000000",
							message = "{strategy.goal.error.number}") BigDecimal value) {
	}

	/** Whether the goal is measured by an indicator (else by a custom measure). */
	public boolean byIndicator() {
		return this.indicator != null && !this.indicator.isBlank();
	}

	/** The SMART parts ({@link SmartCheck}), each error on its field. */
	@Override
	public void checkTogether(Errors errors) {
		SmartCheck.problems(this).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
	}

}
