package de.teilhabe.counselling.casework.contact;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form of a note (page and API alike).
 *
 * @param text the text (encrypted)
 * @param corrects the note of the same case this one corrects, if any
 */
record NoteForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 8000, message = "{form.error.tooLong}") String text,
		UUID corrects) {
}
