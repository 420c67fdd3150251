package de.teilhabe.counselling.casework;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A short anonymous contact: only what is counted (the day, topics, channel, language,
 * duration), no person and no free text.
 *
 * @param happenedOn the day (default today, not in the future)
 * @param topics the topics' codes, at least one
 * @param channel how
 * @param language the language of the conversation (a code of the platform's list)
 * @param durationMinutes how long, 1 to 240 minutes
 */
public record ShortContactForm(LocalDate happenedOn,
		@NotEmpty(message = "{counselling.cases.error.topics}") @Size(max = 9,
				message = "{form.error.tooMany}") List<@Size(max = 40,
						message = "{form.error.itemTooLong}") String> topics,
		@NotNull(message = "{form.error.required}") ContactChannel channel,
		@Size(max = 20, message = "{form.error.tooLong}") String language,
		@NotNull(message = "{form.error.required}") @Min(value = 1,
				message = "{counselling.cases.error.duration}") @Max(value = 240,
						message = "{counselling.cases.error.duration}") Integer durationMinutes) {

	/** The longest short contact in minutes. */
	static final int MAX_MINUTES = 240;

	public ShortContactForm {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
