package de.teilhabe.counselling.household;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.Gender;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a household member (page and API alike): relationship and first name are
 * required, the birth year lies between 1900 and this year, the linked client is one the
 * counsellor reads (checked by {@link Households}).
 *
 * @param relationship how the member is related to the client
 * @param firstName first name
 * @param birthYear year of birth
 * @param gender gender
 * @param linkedClientId another client record of the tenant that is this person
 */
public record MemberForm(@NotNull(message = "{counselling.household.error.relationship}") Relationship relationship,
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String firstName,
		Integer birthYear, Gender gender, UUID linkedClientId) {

	/** The earliest year of birth accepted. */
	static final int FIRST_YEAR = 1900;

	static FormBinder.Bound<MemberForm> check(FormBinder binder, Map<String, ?> raw, int year) {
		return binder.bind(raw, MemberForm.class, (form, errors) -> {
			if (form.birthYear() != null && !errors.hasFieldErrors("birthYear")
					&& (form.birthYear() < FIRST_YEAR || form.birthYear() > year)) {
				errors.rejectValue("birthYear", "counselling.error.year",
						new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(year) }, null);
			}
		});
	}

	/** The values of a stored member as the form shows them. */
	static Map<String, String> of(Member member) {
		return FormBinder.values(new MemberForm(member.relationship(), member.firstName(), member.birthYear(),
				member.gender(), member.linkedClientId()));
	}

	/** The values of a new member. */
	static Map<String, String> empty() {
		return new java.util.LinkedHashMap<>(FormBinder.empty(FormBinder.fields(MemberForm.class)));
	}

}
