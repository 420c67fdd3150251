package de.teilhabe.council.member;

import java.time.LocalDate;
import java.util.List;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.springframework.validation.Errors;

/**
 * A legislative term (Wahlperiode) with the election that opened it and its results per
 * list and candidate.
 *
 * @param name e.g. Wahlperiode 2026–2031
 * @param startDate the first day
 * @param endDate the last day, not before the start
 * @param electionDate the day of the election
 * @param eligibleVoters how many could vote
 * @param votesCast how many voted, not more than could
 * @param results the results per list (candidate empty) and candidate
 */
public record TermForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") LocalDate startDate, LocalDate endDate, LocalDate electionDate,
		@Range(min = 0, max = 100_000_000, message = "{form.error.range}") Integer eligibleVoters,
		@Range(min = 0, max = 100_000_000, message = "{form.error.range}") Integer votesCast,
		@Size(max = 60, message = "{form.error.tooMany}") List<@Valid Result> results) implements CheckedTogether {

	/** The rows of the results. */
	static final FormRows RESULTS = new FormRows("results",
			List.of("listName", "candidateName", "votes", "seats", "elected"), 60);

	public TermForm {
		results = (results != null) ? results : List.of();
	}

	/**
	 * The result of a list (candidate empty) or of a candidate of a list.
	 *
	 * @param listName the list (Liste, Wahlvorschlag)
	 * @param candidateName the candidate, empty for the list's own result
	 * @param votes the votes
	 * @param seats the seats won
	 * @param elected whether the candidate was elected
	 */
	public record Result(
			@NotBlank(message = "{form.error.required}") @Size(max = 200,
					message = "{form.error.tooLong}") @SingleLine String listName,
			@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String candidateName,
			@NotNull(message = "{form.error.required}") @Range(min = 0, max = 100_000_000,
					message = "{form.error.range}") Integer votes,
			@Range(min = 0, max = 1000, message = "{form.error.range}") Integer seats, Boolean elected) {

		public Result {
			elected = Boolean.TRUE.equals(elected);
		}

	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.endDate != null && this.startDate != null && this.endDate.isBefore(this.startDate)
				&& !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "council.members.error.endBeforeStart");
		}
		if (this.votesCast != null && this.eligibleVoters != null && this.votesCast > this.eligibleVoters
				&& !errors.hasFieldErrors("votesCast")) {
			errors.rejectValue("votesCast", "council.members.error.votesCast");
		}
	}

	/**
	 * The seats of the lists (rows without a candidate) together, which must not exceed
	 * the council's size.
	 */
	int listSeats() {
		return this.results.stream()
			.filter((r) -> r.candidateName() == null && r.seats() != null)
			.mapToInt(Result::seats)
			.sum();
	}

}
