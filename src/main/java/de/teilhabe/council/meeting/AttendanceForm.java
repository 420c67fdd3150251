package de.teilhabe.council.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who attended a held meeting: one row per member of the committee. */
public record AttendanceForm(@Size(max = 200, message = "{form.error.tooMany}") List<@Valid Row> members) {

	/**
	 * A member's attendance.
	 *
	 * @param person the member (a person of the committee)
	 * @param status present, excused or absent
	 */
	public record Row(@NotNull(message = "{form.error.required}") UUID person,
			@NotNull(message = "{form.error.required}") AttendanceStatus status) {
	}

}
