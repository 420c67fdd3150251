package de.teilhabe.network.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.Gemeinde;
import de.teilhabe.network.form.LanguageCode;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.validation.Errors;

/**
 * The form of an event (page and write API): the fields and their checks. Times are local
 * times of the platform's zone ({@link Times}). Without a repetition the event happens
 * once ({@code NONE}, every 1 week, no end of the repetition).
 *
 * @param category the category
 * @param title the title
 * @param description what happens
 * @param date the (first) date
 * @param startTime when it starts
 * @param endTime when it ends, after the start
 * @param recurrence how it repeats
 * @param recurrenceInterval every how many weeks or months
 * @param recurrenceUntil the last date of a repetition
 * @param place where
 * @param regionKey the Gemeinde (AGS)
 * @param languages languages (ISO 639)
 * @param targetGroups target groups
 * @param registration how to register
 * @param accessibility accessibility
 * @param publicEvent whether the public portal shows it
 */
public record EventForm(@NotNull(message = "{form.error.required}") EventCategory category,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 4000, message = "{form.error.tooLong}") String description,
		@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime startTime, LocalTime endTime, Recurrence recurrence,
		@Range(min = 1, max = 52, message = "{form.error.range}") Integer recurrenceInterval, LocalDate recurrenceUntil,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String place, @Gemeinde String regionKey,
		@Size(max = 40, message = "{form.error.tooMany}") List<@LanguageCode String> languages,
		@Size(max = 20,
				message = "{form.error.tooMany}") List<@Size(max = 80,
						message = "{form.error.itemTooLong}") String> targetGroups,
		@Size(max = 1000, message = "{form.error.tooLong}") String registration,
		@Size(max = 1000, message = "{form.error.tooLong}") String accessibility,
		Boolean publicEvent) implements CheckedTogether {

	/** Repetitions end at most this many years after the first date. */
	static final int MAX_RECURRENCE_YEARS = 2;

	public static final List<String> FIELDS = FormBinder.fields(EventForm.class);

	public EventForm {
		recurrence = (recurrence != null) ? recurrence : Recurrence.NONE;
		recurrenceInterval = (recurrenceInterval != null) ? recurrenceInterval : 1;
		if (recurrence == Recurrence.NONE) {
			recurrenceUntil = null;
		}
		publicEvent = Boolean.TRUE.equals(publicEvent);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.startTime != null && this.endTime != null && !this.endTime.isAfter(this.startTime)) {
			errors.rejectValue("endTime", "network.error.endBeforeStart");
		}
		if (this.recurrence == Recurrence.NONE || errors.hasFieldErrors("recurrenceUntil")) {
			return;
		}
		if (this.recurrenceUntil == null) {
			errors.rejectValue("recurrenceUntil", "network.error.untilRequired");
		}
		else if (this.date != null && this.recurrenceUntil.isBefore(this.date)) {
			errors.rejectValue("recurrenceUntil", "network.error.untilBeforeStart");
		}
		else if (this.date != null && this.recurrenceUntil.isAfter(this.date.plusYears(MAX_RECURRENCE_YEARS))) {
			errors.rejectValue("recurrenceUntil", "network.error.untilTooLate", new Object[] { MAX_RECURRENCE_YEARS },
					null);
		}
	}

	/** The form's values of a stored event, times local to the platform's zone. */
	public static Map<String, String> of(NetworkEvent event, Times times) {
		return FormBinder.values(new EventForm(event.category(), event.title(), event.description(),
				times.local(event.startsAt()).toLocalDate(), LocalTime.parse(times.time(event.startsAt())),
				(event.endsAt() != null) ? LocalTime.parse(times.time(event.endsAt())) : null, event.recurrence(),
				event.recurrenceInterval(), event.recurrenceUntil(), event.place(), event.regionKey(),
				event.languages(), event.targetGroups(), event.registration(), event.accessibility(),
				event.publicEvent()));
	}

	public static Map<String, String> empty() {
		Map<String, String> values = FormBinder.empty(FIELDS);
		values.put("recurrence", "NONE");
		values.put("recurrenceInterval", "1");
		values.put("publicEvent", "true");
		return values;
	}

}
