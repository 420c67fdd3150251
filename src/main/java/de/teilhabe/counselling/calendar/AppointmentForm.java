package de.teilhabe.counselling.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of an appointment (page and API alike). The client is one the counsellor reads
 * (picked by name on the page), the case one of that client's; the times are of the
 * office's time zone (Europe/Berlin) on one day. Without {@code interpreter} a new
 * appointment needs interpreting when the client's languages do not include German, in
 * the client's first language. The checks that need the database are made by
 * {@code Appointments}.
 *
 * @param clientId the client
 * @param caseId one of the client's cases, or none
 * @param date the day
 * @param startTime when it starts
 * @param endTime when it ends (after the start, the same day)
 * @param place the kind of place
 * @param placeDetail room, address, telephone number or video link (encrypted)
 * @param note a note (encrypted)
 * @param interpreter whether interpreting is needed and booked; none: by the client's
 * languages
 * @param interpreterLanguage the language to interpret (a code of the platform's list)
 */
record AppointmentForm(@NotNull(message = "{form.error.required}") UUID clientId, UUID caseId,
		@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime startTime,
		@NotNull(message = "{form.error.required}") LocalTime endTime,
		@NotNull(message = "{form.error.required}") Place place,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String placeDetail,
		@Size(max = 4000, message = "{form.error.tooLong}") String note, Interpreter interpreter,
		@Size(max = 20, message = "{form.error.tooLong}") String interpreterLanguage) {

}
