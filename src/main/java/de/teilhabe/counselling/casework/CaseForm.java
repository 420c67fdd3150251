package de.teilhabe.counselling.casework;

import java.time.LocalDate;
import java.util.List;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a new case of a client (page and API alike): its kind (counselling case or
 * case management), its topics (codes of {@link Topic}, ticked by name on the page), a
 * short title (optional, encrypted) and the day it was opened (default today, not in the
 * future). {@link #topicList()} reads the topics once {@link Cases} has checked them.
 *
 * @param kind COUNSELLING or CASE_MANAGEMENT
 * @param topics the topics' codes, at least one
 * @param title a short title, e.g. what the person came for (no name needed)
 * @param openedOn the day opened
 * @param benefitAtStart the benefit status at the start (optional; see
 * {@link BenefitStatus})
 */
public record CaseForm(@NotNull(message = "{form.error.required}") CaseKind kind,
		@NotEmpty(message = "{counselling.cases.error.topics}") @Size(max = 9,
				message = "{form.error.tooMany}") List<@Size(max = 40,
						message = "{form.error.itemTooLong}") String> topics,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String title, LocalDate openedOn,
		BenefitStatus benefitAtStart) {

	public CaseForm {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

	/** The topics as constants (after the check). */
	List<Topic> topicList() {
		return Topics.of(this.topics);
	}

}
