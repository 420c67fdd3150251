package de.teilhabe.strategy.dialog;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A statement sent by a small group on the join page.
 *
 * @param type strength, weakness or challenge
 * @param text what the group says
 * @param field the Handlungsfeld, by name (one of the dialog's concept version)
 * @param smallGroup the small group's name, optional
 */
public record StatementForm(@NotNull(message = "{form.error.required}") StatementType type,
		@NotBlank(message = "{form.error.required}") @Size(max = 1000, message = "{form.error.tooLong}") String text,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String field,
		@Size(max = 80, message = "{form.error.tooLong}") @SingleLine String smallGroup) {
}
