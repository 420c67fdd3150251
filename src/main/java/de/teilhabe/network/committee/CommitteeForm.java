package de.teilhabe.network.committee;

import java.time.LocalDate;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import de.teilhabe.shared.web.form.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a committee.
 *
 * @param name the name
 * @param shortName its short name
 * @param classification what kind of committee
 * @param startDate since when
 * @param endDate until when, not before the start
 * @param website its web address
 * @param officeRole the office's role in it
 * @param description what it does
 */
public record CommitteeForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 50, message = "{form.error.tooLong}") @SingleLine String shortName,
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String classification,
		LocalDate startDate, LocalDate endDate,
		@Size(max = 500, message = "{form.error.tooLong}") @WebAddress String website,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String officeRole,
		@Size(max = 4000, message = "{form.error.tooLong}") String description) implements CheckedTogether {

	@Override
	public void checkTogether(Errors errors) {
		CommitteeForms.endNotBeforeStart(this.startDate, this.endDate, errors);
	}

}
