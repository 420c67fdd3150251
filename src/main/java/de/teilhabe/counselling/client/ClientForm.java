package de.teilhabe.counselling.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form of a client (page and API alike). Only the names are required; the languages
 * are codes of the platform's list (picked by name on the page), the Gemeinde a region
 * key of the office's area (picked by name). The checks that need the day and the
 * tenant's Gemeinden are made by {@link #check}.
 *
 * @param firstName first name(s)
 * @param lastName family name(s)
 * @param phone telephone number
 * @param email e-mail address
 * @param birthYear year of birth (1900 to this year)
 * @param gender gender as stated
 * @param nationality nationality or nationalities in words
 * @param languages languages spoken (codes of the platform's list)
 * @param residenceStatus group of the residence status
 * @param arrivalYear year of arrival in Germany (not before the birth year)
 * @param gemeinde the Gemeinde the client lives in (region key)
 * @param germanLevel German skills (CEFR)
 * @param note a note of the counsellor
 * @param confirmDuplicate true when the counsellor confirmed that a possible duplicate is
 * another person
 */
public record ClientForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String firstName,
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String lastName,
		@Size(max = 30, message = "{form.error.tooLong}") @Pattern(regexp = "\\+?[0-9 ()/-]{3,30}",
				message = "{form.error.phone}") String phone,
		@Size(max = 200, message = "{form.error.tooLong}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{form.error.email}") String email,
		Integer birthYear, Gender gender,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String nationality,
		@Size(max = 12,
				message = "{form.error.tooMany}") List<@Size(max = 20,
						message = "{form.error.itemTooLong}") String> languages,
		ResidenceStatus residenceStatus, Integer arrivalYear,
		@Size(max = 12, message = "{form.error.tooLong}") String gemeinde, GermanLevel germanLevel,
		@Size(max = 4000, message = "{form.error.tooLong}") String note, Boolean confirmDuplicate) {

	/** The earliest year of birth or arrival accepted. */
	static final int FIRST_YEAR = 1900;

	public ClientForm {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		confirmDuplicate = Boolean.TRUE.equals(confirmDuplicate);
	}

	/**
	 * Binds and checks submitted values: the years lie between 1900 and this year, the
	 * arrival not before the birth, the languages are of the platform's list (each once),
	 * the Gemeinde is one of the office's area.
	 * @param gemeinden the region keys of the tenant's Gemeinden
	 * @param year this year in the office's time zone
	 */
	static FormBinder.Bound<ClientForm> check(FormBinder binder, Map<String, ?> raw, Set<String> gemeinden, int year) {
		return binder.bind(raw, ClientForm.class, (form, errors) -> {
			year(errors, "birthYear", form.birthYear(), year);
			year(errors, "arrivalYear", form.arrivalYear(), year);
			if (form.birthYear() != null && form.arrivalYear() != null && !errors.hasFieldErrors("arrivalYear")
					&& !errors.hasFieldErrors("birthYear") && form.arrivalYear() < form.birthYear()) {
				errors.rejectValue("arrivalYear", "counselling.error.arrivalBeforeBirth");
			}
			if (!errors.hasFieldErrors("languages")) {
				for (String code : form.languages()) {
					if (Languages.find(code).filter((language) -> language.code().equals(code)).isEmpty()) {
						errors.rejectValue("languages", "counselling.error.language", new Object[] { code }, null);
						break;
					}
				}
				if (!errors.hasFieldErrors("languages")
						&& Set.copyOf(form.languages()).size() != form.languages().size()) {
					errors.rejectValue("languages", "counselling.error.languageTwice");
				}
			}
			if (form.gemeinde() != null && !form.gemeinde().isBlank() && !errors.hasFieldErrors("gemeinde")
					&& !gemeinden.contains(form.gemeinde())) {
				errors.rejectValue("gemeinde", "counselling.error.gemeinde");
			}
		});
	}

	private static void year(org.springframework.validation.Errors errors, String field, Integer value, int year) {
		if (value != null && !errors.hasFieldErrors(field) && (value < FIRST_YEAR || value > year)) {
			errors.rejectValue(field, "counselling.error.year",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(year) }, null);
		}
	}

	/** The values of a stored client as the form shows them. */
	static Map<String, String> of(Client client) {
		return FormBinder.values(new ClientForm(client.firstName(), client.lastName(), client.phone(), client.email(),
				client.birthYear(), client.gender(), client.nationality(), client.languages(), client.residenceStatus(),
				client.arrivalYear(), client.gemeinde(), client.germanLevel(), client.note(), false));
	}

	/** The values of a new client. */
	static Map<String, String> empty() {
		return new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(ClientForm.class)));
	}

}
