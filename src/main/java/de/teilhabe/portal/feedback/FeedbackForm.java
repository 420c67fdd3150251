package de.teilhabe.portal.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Feedback on a portal page: helpful or not, and a comment if the reader wants (no
 * personal data asked; the form warns not to enter any).
 *
 * @param page the page's address below the language
 * @param helpful yes or no
 * @param comment an optional comment
 */
record FeedbackForm(
		@NotNull(message = "{" + FeedbackForm.ERROR + "page}") @Size(max = 1000,
				message = "{" + FeedbackForm.ERROR + "page}") String page,
		@NotNull(message = "{" + FeedbackForm.ERROR + "helpful}") Answer helpful,
		@Size(max = FeedbackForm.COMMENT_MAX, message = "{" + FeedbackForm.ERROR + "tooLong}") String comment) {

	static final String ERROR = "portal.forms.feedback.error.";

	static final int COMMENT_MAX = 1000;

	/** The answer to „War diese Seite hilfreich?“. */
	enum Answer {

		YES, NO

	}

}
