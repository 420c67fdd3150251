package de.teilhabe.council.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A meeting as the office plans it: the committee (picked by name), name, day and times
 * in the platform's zone (Europe/Berlin), and the place: one of the tenant's places, or a
 * new one with its accessibility notes.
 */
public record MeetingForm(@NotNull(message = "{form.error.required}") UUID committee,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime startTime, LocalTime endTime, UUID location,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String newLocation,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String newStreet,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String newRoom,
		@Size(max = 10, message = "{form.error.tooLong}") @SingleLine String newPostalCode,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String newLocality,
		@Size(max = 2000, message = "{form.error.tooLong}") String newAccessibility) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		if (this.startTime != null && this.endTime != null && !this.endTime.isAfter(this.startTime)) {
			errors.rejectValue("endTime", "council.meetings.error.endBeforeStart");
		}
		boolean newPlace = this.newLocation != null;
		if (this.location != null && newPlace) {
			errors.rejectValue("newLocation", "council.meetings.error.twoPlaces");
		}
		if (!newPlace && (this.newStreet != null || this.newRoom != null || this.newPostalCode != null
				|| this.newLocality != null || this.newAccessibility != null)) {
			errors.rejectValue("newLocation", "council.meetings.error.newPlaceName");
		}
	}

}
