package de.teilhabe.counselling.casework;

import java.util.List;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A change of an open case: its topics (codes of {@link Topic}, at least one) and its
 * title (optional, encrypted).
 *
 * @param topics the topics' codes
 * @param title a short title
 */
public record CaseChange(
		@NotEmpty(message = "{counselling.cases.error.topics}") @Size(max = 9,
				message = "{form.error.tooMany}") List<@Size(max = 40,
						message = "{form.error.itemTooLong}") String> topics,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String title) {

	public CaseChange {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
