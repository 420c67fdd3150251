package de.teilhabe.strategy.measure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A progress note of a measure.
 *
 * @param notedOn the day it speaks of (none: today)
 * @param text what happened
 */
public record NoteForm(LocalDate notedOn,
		@NotBlank(message = "{form.error.required}") @Size(max = 4000, message = "{form.error.tooLong}") String text) {
}
