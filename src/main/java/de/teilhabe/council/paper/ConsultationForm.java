package de.teilhabe.council.paper;

import java.util.UUID;

import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultation (Beratung) of a paper: which committee treats it in which meeting, in
 * what role, and with what result.
 *
 * @param committee the Beirat or a working group, picked by name
 * @param meeting the meeting, picked by date and name (none: not yet scheduled); it must
 * be one of the committee's
 * @param role Vorberatung, Entscheidung or Kenntnisnahme
 * @param authoritative whether this consultation decides (federführend)
 * @param result the result, e.g. beschlossen
 */
public record ConsultationForm(@NotNull(message = "{form.error.required}") UUID committee, UUID meeting,
		@NotNull(message = "{form.error.required}") ConsultationRole role, Boolean authoritative,
		@Size(max = 500, message = "{form.error.tooLong}") @SingleLine String result) {

	public ConsultationForm {
		authoritative = Boolean.TRUE.equals(authoritative);
	}

}
