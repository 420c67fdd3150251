package de.teilhabe.council.meeting;

import java.util.UUID;

import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An agenda item: its title, the part it belongs to, and the paper treated under it
 * (picked by reference and title) with the committee's role and whether its decision is
 * the authoritative one. A non-public paper may only be treated in the non-public part.
 */
public record AgendaItemForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 500,
				message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") AgendaPart part, UUID paper, ConsultationRole role,
		Boolean authoritative) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.paper != null && this.role == null) {
			errors.rejectValue("role", "council.meetings.error.roleRequired");
		}
		if (this.paper == null && Boolean.TRUE.equals(this.authoritative)) {
			errors.rejectValue("authoritative", "council.meetings.error.authoritativeWithoutPaper");
		}
	}

}
