package de.teilhabe.council.member;

import java.time.LocalDate;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A working group (Arbeitsgruppe) of the Beirat.
 *
 * @param name the name
 * @param shortName the short name, e.g. AG Bildung
 * @param startDate since when
 * @param endDate until when, not before the start
 * @param description what the group works on
 */
public record WorkingGroupForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 50, message = "{form.error.tooLong}") @SingleLine String shortName,
		@NotNull(message = "{form.error.required}") LocalDate startDate, LocalDate endDate,
		@Size(max = 4000, message = "{form.error.tooLong}") String description) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.endDate != null && this.startDate != null && this.endDate.isBefore(this.startDate)
				&& !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "council.members.error.endBeforeStart");
		}
	}

}
