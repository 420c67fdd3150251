package de.teilhabe.network.committee;

import java.time.LocalDate;
import java.time.LocalTime;

import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a committee meeting; times are local times of the platform's zone.
 *
 * @param name the name
 * @param date the day
 * @param startTime when it starts
 * @param endTime when it ends, after the start
 * @param location where
 * @param state its state
 * @param notes notes
 */
public record MeetingForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime startTime, LocalTime endTime,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String location,
		@NotNull(message = "{form.error.required}") MeetingState state,
		@Size(max = 4000, message = "{form.error.tooLong}") String notes) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.startTime != null && this.endTime != null && !this.endTime.isAfter(this.startTime)) {
			errors.rejectValue("endTime", "network.error.endBeforeStart");
		}
	}

}
