package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import de.teilhabe.guides.assignment.WorkEntryStore.Work;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A work entry as the API takes it: {@code {"workedOn": "2026-12-01", "minutes": 90,
 * "kilometres": 12.5, "note": null}} (kilometres left out: none).
 *
 * @param workedOn the day
 * @param minutes the time spent, 1 to 1440
 * @param kilometres the kilometres travelled, 0 to 2000 with at most one decimal, or null
 * for none
 * @param note a note, or null
 */
public record WorkEntryBody(@NotNull(message = "{form.error.required}") LocalDate workedOn,
		@NotNull(message = "{form.error.required}") @Min(value = 1, message = "{guides.worklog.error.minutes}") @Max(
				value = WorkTime.MAX_MINUTES, message = "{guides.worklog.error.minutes}") Integer minutes,
		@DecimalMin(value = "0", message = "{guides.worklog.error.kilometresRange}") @DecimalMax(value = "2000",
				message = "{guides.worklog.error.kilometresRange}") @Digits(integer = 4, fraction = 1,
						message = "{guides.worklog.error.kilometres}") BigDecimal kilometres,
		@Size(max = 1000, message = "{form.error.tooLong}") String note) {

	/** What the valid body logs. */
	Work work() {
		return new Work(this.workedOn, this.minutes, (this.kilometres != null)
				? this.kilometres.setScale(1, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(1), this.note);
	}

}
