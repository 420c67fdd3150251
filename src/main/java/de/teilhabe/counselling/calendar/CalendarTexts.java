package de.teilhabe.counselling.calendar;

import java.util.Locale;

import de.teilhabe.region.Languages;

import org.springframework.context.MessageSource;

/** Texts of appointments shared by the pages and the API. */
final class CalendarTexts {

	private CalendarTexts() {
	}

	/**
	 * {@code Dolmetschen für Arabisch – noch nicht gebucht}, or null when no interpreting
	 * is needed.
	 */
	static String interpreterNote(MessageSource messages, AppointmentView appointment, Locale locale) {
		if (!appointment.interpreter().needed()) {
			return null;
		}
		return messages.getMessage("counselling.calendar.interpreter.note." + appointment.interpreter(),
				new Object[] { Languages.find(appointment.interpreterLanguage())
					.map((language) -> language.name(locale))
					.orElseGet(() -> Languages.displayName(appointment.interpreterLanguage(), locale)) },
				locale);
	}

}
