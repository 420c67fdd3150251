package de.teilhabe.counselling.calendar;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An appointment as a counsellor sees it: with the client's name, languages, place
 * details and note only where the counsellor reads the client.
 *
 * @param id the appointment
 * @param counsellorId whose appointment it is
 * @param counsellorName that counsellor's name
 * @param mine whether it is the user's own
 * @param clientId the client
 * @param clientNumber the client's pseudonymous number
 * @param clientName the client's name, null without access
 * @param clientLanguages the client's languages (codes), empty without access
 * @param caseId the case, or null
 * @param startsAt when it starts (office's time zone)
 * @param endsAt when it ends (office's time zone)
 * @param place the kind of place
 * @param placeDetail room, address, number or link, null without access
 * @param note the note, null without access
 * @param interpreter whether interpreting is needed and booked
 * @param interpreterLanguage the language to interpret, null when none is needed
 * @param status its state
 */
public record AppointmentView(UUID id, UUID counsellorId, String counsellorName, boolean mine, UUID clientId,
		String clientNumber, String clientName, List<String> clientLanguages, UUID caseId, OffsetDateTime startsAt,
		OffsetDateTime endsAt, Place place, String placeDetail, String note, Interpreter interpreter,
		String interpreterLanguage, AppointmentStatus status) {

	/** Whether the client's name and the details may be shown. */
	public boolean readable() {
		return this.clientName != null;
	}

	/** Whether it is still planned (can be held, missed or cancelled). */
	public boolean planned() {
		return this.status == AppointmentStatus.PLANNED;
	}

	/** {@code HH:mm}–{@code HH:mm} */
	public String timeRange() {
		return String.format("%02d:%02d–%02d:%02d", this.startsAt.getHour(), this.startsAt.getMinute(),
				this.endsAt.getHour(), this.endsAt.getMinute());
	}

}
