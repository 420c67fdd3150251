package de.teilhabe.strategy.goal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The controlling settings of a tenant (bound by
 * {@link de.teilhabe.shared.web.form.FormBinder}).
 *
 * @param tolerance how far a goal may be behind its straight path and still count as at
 * risk, in per cent of the distance between baseline and target: 0 to 100, at most two
 * decimal places
 */
record SettingsForm(@NotNull(message = "{strategy.goal.error.tolerance}") @DecimalMin(value = "0",
		message = "{strategy.goal.error.tolerance}") @DecimalMax(value = "100",
				message = "{strategy.goal.error.tolerance}") @Digits(integer = 3, fraction = 2,
						message = "{strategy.goal.error.tolerance}") BigDecimal tolerance) {

}
