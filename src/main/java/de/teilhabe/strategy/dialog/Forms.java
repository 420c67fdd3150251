package de.teilhabe.strategy.dialog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import de.teilhabe.privacy.HowGiven;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.springframework.validation.Errors;

/** The office's forms of the Integrationsdialog (records bound by FormBinder). */
public final class Forms {

	private Forms() {
	}

	/** A stakeholder group's name. */
	public record GroupForm(@NotBlank(message = "{form.error.required}") @Size(max = 80,
			message = "{form.error.tooLong}") @SingleLine String name) {
	}

	/**
	 * A dialog.
	 *
	 * @param concept the title of the concept version it informs
	 */
	public record DialogForm(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String title,
			@NotNull(message = "{form.error.required}") LocalDate startedOn,
			@NotBlank(message = "{form.error.required}") @Size(max = 300,
					message = "{form.error.tooLong}") @SingleLine String concept,
			@Size(max = 4000, message = "{form.error.tooLong}") String description) {
	}

	/**
	 * A workshop; date and time in the platform's zone (Europe/Berlin).
	 *
	 * @param group the stakeholder group, by name
	 */
	public record WorkshopForm(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String title,
			@NotNull(message = "{form.error.required}") LocalDate date,
			@NotNull(message = "{form.error.required}") LocalTime time,
			@NotBlank(message = "{form.error.required}") @Size(max = 300,
					message = "{form.error.tooLong}") @SingleLine String place,
			@NotBlank(message = "{form.error.required}") @Size(max = 80,
					message = "{form.error.tooLong}") @SingleLine String group,
			@NotNull(message = "{form.error.required}") @Range(min = 1, max = 60,
					message = "{form.error.range}") Integer capacity,
			@Size(max = 500, message = "{form.error.tooLong}") @SingleLine String facilitators,
			@Range(min = 0, max = 60, message = "{form.error.range}") Integer participantCount)
			implements
				CheckedTogether {

		@Override
		public void checkTogether(Errors errors) {
			if (this.capacity != null && this.participantCount != null && this.participantCount > this.capacity) {
				errors.rejectValue("participantCount", "strategy.dialog.error.moreThanCapacity");
			}
		}

	}

	/**
	 * A named participant: only with the person's consent (how and when it was given).
	 *
	 * @param organisation the organisation of the Akteursnetzwerk, by name (optional)
	 */
	public record ParticipantForm(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String name,
			@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String organisation,
			@NotNull(message = "{strategy.dialog.error.consentRequired}") HowGiven consentHow,
			@NotNull(message = "{strategy.dialog.error.consentRequired}") LocalDate consentDate) {
	}

	/**
	 * The facilitator's changes of a statement.
	 *
	 * @param field the Handlungsfeld by name (blank: none yet)
	 * @param mergedInto the statement it duplicates (blank: none)
	 */
	public record StatementEditForm(@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String field,
			UUID mergedInto) {
	}

}
