package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import de.teilhabe.guides.assignment.WorkEntryStore.Work;
import de.teilhabe.shared.web.form.CheckedTogether;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A work entry as the guide's page sends it: the day, the time spent as typed
 * ({@code 1:30}, {@code 1,5}, {@code 90 min}; see {@link WorkTime}), the kilometres with
 * a decimal comma or point (empty: none) and a note.
 *
 * @param workedOn the day
 * @param time the time spent as typed
 * @param kilometres the kilometres as typed, or null for none
 * @param note a note, or null
 */
public record WorkEntryForm(@NotNull(message = "{form.error.required}") LocalDate workedOn,
		@NotBlank(message = "{form.error.required}") @Size(max = 40,
				message = "{guides.worklog.error.time}") String time,
		@Size(max = 20, message = "{guides.worklog.error.kilometres}") String kilometres,
		@Size(max = 1000, message = "{form.error.tooLong}") String note) implements CheckedTogether {

	/**
	 * The time can be read and lies within a day; the kilometres can be read and lie
	 * within the range.
	 */
	@Override
	public void checkTogether(Errors errors) {
		if (this.time != null && !errors.hasFieldErrors("time")) {
			OptionalInt minutes = WorkTime.minutes(this.time);
			if (minutes.isEmpty()) {
				errors.rejectValue("time", "guides.worklog.error.time");
			}
			else if (minutes.getAsInt() < 1 || minutes.getAsInt() > WorkTime.MAX_MINUTES) {
				errors.rejectValue("time", "guides.worklog.error.timeRange");
			}
		}
		if (this.kilometres != null && !errors.hasFieldErrors("kilometres")) {
			BigDecimal kilometres = WorkTime.kilometres(this.kilometres);
			if (kilometres == null) {
				errors.rejectValue("kilometres", "guides.worklog.error.kilometres");
			}
			else if (kilometres.compareTo(WorkTime.MAX_KILOMETRES) > 0) {
				errors.rejectValue("kilometres", "guides.worklog.error.kilometresRange");
			}
		}
	}

	/** What the valid form logs. */
	Work work() {
		return new Work(this.workedOn, WorkTime.minutes(this.time).getAsInt(),
				(this.kilometres != null) ? WorkTime.kilometres(this.kilometres) : BigDecimal.ZERO.setScale(1),
				this.note);
	}

	/** The values of a new entry's form: the day given, nothing else. */
	static Map<String, String> empty(LocalDate day) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("workedOn", (day != null) ? day.toString() : "");
		values.put("time", "");
		values.put("kilometres", "");
		values.put("note", "");
		return values;
	}

	/** The values of a stored entry's form, the kilometres written as in the language. */
	static Map<String, String> of(WorkEntry entry, Locale locale) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("workedOn", entry.workedOn().toString());
		values.put("time", entry.time());
		values.put("kilometres", WorkTime.kilometres(entry.kilometres(), locale));
		values.put("note", (entry.note() != null) ? entry.note() : "");
		return values;
	}

}
