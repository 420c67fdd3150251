package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a task or follow-up of a case (page and API alike).
 *
 * @param title what is to be done (encrypted)
 * @param dueOn the day it is due, today or later
 * @param assigneeId the counsellor who does it: one who reads the client (responsible or
 * deputy), picked by name on the page; default the user
 */
record TaskForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@NotNull(message = "{form.error.required}") LocalDate dueOn, UUID assigneeId) {

	/**
	 * Binds and checks submitted values.
	 * @param today today in the office's time zone
	 * @param assignees who may be assigned
	 */
	static FormBinder.Bound<TaskForm> check(FormBinder binder, Map<String, ?> raw, LocalDate today,
			Set<UUID> assignees) {
		return binder.bind(raw, TaskForm.class, (form, errors) -> {
			if (form.dueOn() != null && !errors.hasFieldErrors("dueOn") && form.dueOn().isBefore(today)) {
				errors.rejectValue("dueOn", "counselling.contacts.error.duePast");
			}
			if (form.assigneeId() != null && !errors.hasFieldErrors("assigneeId")
					&& !assignees.contains(form.assigneeId())) {
				errors.rejectValue("assigneeId", "counselling.contacts.error.assignee");
			}
		});
	}

}
