package de.teilhabe.council.meeting;

import jakarta.validation.constraints.Size;

/**
 * Sending the invitation: a reason is needed only when the invitation period can no
 * longer be met (an urgent meeting); it is stored with the meeting.
 */
public record InviteForm(@Size(max = 500, message = "{form.error.tooLong}") String lateReason) {
}
