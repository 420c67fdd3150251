package de.teilhabe.strategy.concept;

import java.time.LocalDate;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The adoption of a draft: which body decided and on which date.
 *
 * @param body e.g. Kreistag, Rat der Stadt
 * @param date the date of the decision
 */
public record AdoptionForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String body,
		@NotNull(message = "{form.error.required}") LocalDate date) {
}
