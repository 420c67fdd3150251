package de.teilhabe.council.member;

import java.time.LocalDate;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;

/**
 * Ends a membership and names the successor (Nachrücker) in one step: the successor's
 * membership takes over the committee, term, role and vote and names the ended one
 * ({@code replaces_id}).
 *
 * @param endDate the last day of the ended membership
 * @param successor the person who takes over, picked by name (none: the seat stays empty)
 * @param successorStart the successor's first day, after the end
 */
public record SuccessionForm(@NotNull(message = "{form.error.required}") LocalDate endDate, UUID successor,
		LocalDate successorStart) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.successor != null && this.successorStart == null && !errors.hasFieldErrors("successorStart")) {
			errors.rejectValue("successorStart", "form.error.required");
		}
		if (this.successorStart != null && this.endDate != null && !this.successorStart.isAfter(this.endDate)
				&& !errors.hasFieldErrors("successorStart")) {
			errors.rejectValue("successorStart", "council.members.error.successorStart");
		}
	}

}
