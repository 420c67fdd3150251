package de.teilhabe.council.member;

import java.time.LocalDate;
import java.util.UUID;

import de.teilhabe.council.model.MemberRole;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A person's membership in the Beirat or one of its working groups in a term. The checks
 * that need the tenant's records (the term's dates, one chair at a time) are
 * {@link MemberStore#checkMembership}.
 *
 * @param committee the Beirat or a working group, picked by name
 * @param term the legislative term, picked by name
 * @param role chair, deputy or member
 * @param votingRight {@code VOTING} (elected) or {@code ADVISORY} (delegated)
 * @param delegatedBy who sent an advisory member
 * @param startDate since when, inside the term
 * @param endDate until when, inside the term and not before the start
 */
public record MembershipForm(@NotNull(message = "{form.error.required}") UUID committee,
		@NotNull(message = "{form.error.required}") UUID term,
		@NotNull(message = "{form.error.required}") MemberRole role,
		@NotNull(message = "{form.error.required}") Vote votingRight,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String delegatedBy,
		@NotNull(message = "{form.error.required}") LocalDate startDate, LocalDate endDate) implements CheckedTogether {

	/** Whether a member votes or advises. */
	public enum Vote {

		/** Stimmberechtigt. */
		VOTING,
		/** Beratend. */
		ADVISORY

	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.endDate != null && this.startDate != null && this.endDate.isBefore(this.startDate)
				&& !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "council.members.error.endBeforeStart");
		}
	}

}
