package de.teilhabe.network.committee;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a committee membership: a person or a member organisation (or both).
 *
 * @param personName the person
 * @param organisation the member organisation
 * @param role the role in the committee
 * @param votingRight whether the member may vote
 * @param startDate since when
 * @param endDate until when, not before the start
 */
public record MembershipForm(@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String personName,
		UUID organisation, @Size(max = 200, message = "{form.error.tooLong}") @SingleLine String role,
		Boolean votingRight, LocalDate startDate, LocalDate endDate) implements CheckedTogether {

	public MembershipForm {
		votingRight = Boolean.TRUE.equals(votingRight);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.personName == null && this.organisation == null && !errors.hasFieldErrors("personName")
				&& !errors.hasFieldErrors("organisation")) {
			errors.rejectValue("personName", "network.committee.error.member");
		}
		CommitteeForms.endNotBeforeStart(this.startDate, this.endDate, errors);
	}

	/**
	 * Binds and checks submitted values, and that the organisation is the tenant's.
	 * @param organisations the ids of the tenant's organisations
	 */
	static CheckedValues check(FormBinder binder, Map<String, ?> raw, Set<UUID> organisations) {
		return binder.bind(raw, MembershipForm.class, (form, errors) -> {
			if (form.organisation() != null && !organisations.contains(form.organisation())) {
				errors.rejectValue("organisation", "network.error.choice");
			}
		}).checked();
	}

}
