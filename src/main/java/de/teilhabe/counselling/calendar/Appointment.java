package de.teilhabe.counselling.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment as stored, decrypted, with its client's responsible counsellor (who may
 * see it besides its own counsellor follows from that).
 *
 * @param id the row
 * @param counsellorId whose appointment it is
 * @param clientId the client
 * @param clientResponsibleId the client's responsible counsellor
 * @param caseId the case, or null
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param place the kind of place
 * @param placeDetail room, address, number or link
 * @param note the note
 * @param interpreter whether interpreting is needed and booked
 * @param interpreterLanguage the language to interpret, null when none is needed
 * @param status its state
 */
record Appointment(UUID id, UUID counsellorId, UUID clientId, UUID clientResponsibleId, UUID caseId,
		OffsetDateTime startsAt, OffsetDateTime endsAt, Place place, String placeDetail, String note,
		Interpreter interpreter, String interpreterLanguage, AppointmentStatus status) {

}
