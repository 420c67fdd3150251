package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.validation.Errors;

/**
 * The form of a contact (page and API alike). Date and time are local times of the office
 * (Europe/Berlin). The language is a code of the platform's list (picked by name on the
 * page; default the client's first language). A follow-up day creates a task
 * (Wiedervorlage) with the contact, in the same transaction; only when the contact is
 * entered, not when it is changed.
 *
 * @param date the day of the contact, not in the future, not before the case was opened
 * @param time when it began
 * @param durationMinutes how long, 1 to 1440 minutes
 * @param channel in person, phone, video or outreach
 * @param language the language spoken (code of the platform's list)
 * @param interpreter who interpreted (default nobody)
 * @param summary what was discussed (encrypted)
 * @param followUpOn the day of a follow-up, today or later
 * @param followUpTitle what to follow up (default „Wiedervorlage“)
 */
record ContactForm(@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime time,
		@NotNull(message = "{form.error.required}") @Range(min = 1, max = 1440,
				message = "{form.error.range}") Integer durationMinutes,
		@NotNull(message = "{form.error.required}") Channel channel,
		@Size(max = 20, message = "{form.error.tooLong}") String language, Interpreter interpreter,
		@Size(max = 8000, message = "{form.error.tooLong}") String summary, LocalDate followUpOn,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String followUpTitle) {

	ContactForm {
		interpreter = (interpreter != null) ? interpreter : Interpreter.NONE;
	}

	/**
	 * Binds and checks submitted values.
	 * @param today today in the office's time zone
	 * @param openedOn the day the case was opened
	 * @param creating whether the contact is entered (a follow-up may be set) or changed
	 */
	static FormBinder.Bound<ContactForm> check(FormBinder binder, Map<String, ?> raw, LocalDate today,
			LocalDate openedOn, boolean creating) {
		return binder.bind(raw, ContactForm.class, (form, errors) -> {
			if (form.date() != null && !errors.hasFieldErrors("date")) {
				if (form.date().isAfter(today)) {
					errors.rejectValue("date", "counselling.contacts.error.future");
				}
				else if (form.date().isBefore(openedOn)) {
					errors.rejectValue("date", "counselling.contacts.error.beforeOpened",
							new Object[] { openedOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) }, null);
				}
			}
			language(errors, form.language());
			if (!creating) {
				if (form.followUpOn() != null || form.followUpTitle() != null) {
					errors.rejectValue("followUpOn", "counselling.contacts.error.followUpOnEdit");
				}
				return;
			}
			if (form.followUpOn() != null && !errors.hasFieldErrors("followUpOn")
					&& form.followUpOn().isBefore(today)) {
				errors.rejectValue("followUpOn", "counselling.contacts.error.followUpPast");
			}
			if (form.followUpOn() == null && form.followUpTitle() != null && !errors.hasFieldErrors("followUpOn")) {
				errors.rejectValue("followUpOn", "counselling.contacts.error.followUpDay");
			}
		});
	}

	private static void language(Errors errors, String code) {
		if (code != null && !errors.hasFieldErrors("language")
				&& Languages.find(code).filter((language) -> language.code().equals(code)).isEmpty()) {
			errors.rejectValue("language", "counselling.contacts.error.language", new Object[] { code }, null);
		}
	}

}
