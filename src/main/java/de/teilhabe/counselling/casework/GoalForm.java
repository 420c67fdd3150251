package de.teilhabe.counselling.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A goal of the Förderplan (page and API alike): what is to be reached (required,
 * encrypted), by when (optional) and how far it is reached (default open).
 *
 * @param text the goal, e.g. „B1-Prüfung bestanden“
 * @param dueOn by when
 * @param state how far it is reached
 */
public record GoalForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 1000, message = "{form.error.tooLong}") String text,
		LocalDate dueOn, GoalState state) {

	/** The state, open when none was given. */
	GoalState stateOrOpen() {
		return (this.state != null) ? this.state : GoalState.OPEN;
	}

}
