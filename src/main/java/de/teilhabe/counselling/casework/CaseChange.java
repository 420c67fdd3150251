package de.teilhabe.counselling.casework;

import java.util.List;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A change of an open case: its topics (codes of {@link Topic}, at least one), its title
 * (optional, encrypted) and its benefit status at the start (see {@link BenefitStatus};
 * the status at the end only at the closure, so refused here).
 *
 * @param topics the topics' codes
 * @param title a short title
 * @param benefitAtStart the benefit status at the start, null for not recorded
 * @param benefitAtEnd refused when given (the case is open)
 */
public record CaseChange(
		@NotEmpty(message = "{counselling.cases.error.topics}") @Size(max = 9,
				message = "{form.error.tooMany}") List<@Size(max = 40,
						message = "{form.error.itemTooLong}") String> topics,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String title, BenefitStatus benefitAtStart,
		BenefitStatus benefitAtEnd) {

	public CaseChange {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
