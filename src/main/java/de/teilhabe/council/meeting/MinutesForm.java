package de.teilhabe.council.meeting;

import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The minutes of a meeting: per agenda item the result, the resolution and the votes. */
public record MinutesForm(@Size(max = 200, message = "{form.error.tooMany}") List<@Valid Row> items) {

	/**
	 * The minutes of one item.
	 *
	 * @param item the agenda item
	 * @param result the result (beschlossen, abgelehnt, zur Kenntnis genommen, vertagt …)
	 * @param resolutionText the resolution as adopted
	 * @param votesYes votes for
	 * @param votesNo votes against
	 * @param votesAbstain abstentions
	 */
	public record Row(@NotNull(message = "{form.error.required}") UUID item,
			@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String result,
			@Size(max = 8000, message = "{form.error.tooLong}") String resolutionText,
			@Min(value = 0, message = "{council.meetings.error.votes}") @Max(value = 999,
					message = "{council.meetings.error.votes}") Integer votesYes,
			@Min(value = 0, message = "{council.meetings.error.votes}") @Max(value = 999,
					message = "{council.meetings.error.votes}") Integer votesNo,
			@Min(value = 0, message = "{council.meetings.error.votes}") @Max(value = 999,
					message = "{council.meetings.error.votes}") Integer votesAbstain) {
	}

}
