package de.teilhabe.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The council's settings: the invitation period of the standing orders (Ladungsfrist), in
 * days between sending the invitation and the meeting.
 */
public record SettingsForm(@NotNull(message = "{form.error.required}") @Min(value = 1,
		message = "{council.meetings.error.invitationDays}") @Max(value = 60,
				message = "{council.meetings.error.invitationDays}") Integer invitationDays) {
}
