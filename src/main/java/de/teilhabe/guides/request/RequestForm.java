package de.teilhabe.guides.request;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a request (page and API alike). The checks that need the tenant's Gemeinden
 * and the day are made by {@link #check}.
 *
 * @param topic what the accompaniment is about
 * @param languages the languages needed (codes of the platform's list; one suffices)
 * @param gemeinde the Gemeinde of the appointment (region key)
 * @param place where exactly, without the person's name
 * @param date the day of the (first) appointment
 * @param starts when it starts
 * @param ends when it ends, after it starts
 * @param recurrence once, weekly or fortnightly (none given: once)
 * @param repeatUntil the last day a recurring request repeats on (required then; within a
 * year)
 * @param urgency how urgent (none given: normal)
 * @param requiredQualifications what the guide must be qualified for
 * ({@link Qualification} names)
 * @param contactReference the reference of the person's contact held by the requesting
 * side (e.g. the counselling centre's number), never the contact itself
 * @param brief what the guide needs to know, without personal details
 */
public record RequestForm(@NotNull(message = "{form.error.required}") Topic topic,
		@NotEmpty(message = "{form.error.required}") @Size(max = 5,
				message = "{form.error.tooMany}") List<@Size(max = 20,
						message = "{form.error.itemTooLong}") String> languages,
		@NotBlank(message = "{form.error.required}") @Size(max = 12, message = "{form.error.tooLong}") String gemeinde,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String place,
		@NotNull(message = "{form.error.required}") LocalDate date,
		@NotNull(message = "{form.error.required}") LocalTime starts,
		@NotNull(message = "{form.error.required}") LocalTime ends, Recurrence recurrence, LocalDate repeatUntil,
		Urgency urgency,
		@Size(max = 5,
				message = "{form.error.tooMany}") List<@OneOf(Qualification.class) String> requiredQualifications,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String contactReference,
		@Size(max = 1000, message = "{form.error.tooLong}") String brief) implements CheckedTogether {

	public RequestForm {
		recurrence = (recurrence != null) ? recurrence : Recurrence.ONCE;
		urgency = (urgency != null) ? urgency : Urgency.NORMAL;
		languages = (languages != null) ? languages : List.of();
		requiredQualifications = (requiredQualifications != null) ? requiredQualifications : List.of();
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.starts != null && this.ends != null && !this.ends.isAfter(this.starts)
				&& !errors.hasFieldErrors("ends")) {
			errors.rejectValue("ends", "guides.error.endsBeforeStarts");
		}
		if (this.recurrence != Recurrence.ONCE && !errors.hasFieldErrors("repeatUntil")) {
			if (this.repeatUntil == null) {
				errors.rejectValue("repeatUntil", "guides.error.repeatUntil");
			}
			else if (this.date != null
					&& (this.repeatUntil.isBefore(this.date) || this.repeatUntil.isAfter(this.date.plusYears(1)))) {
				errors.rejectValue("repeatUntil", "guides.error.repeatUntilRange");
			}
		}
	}

	/**
	 * Binds and checks submitted values, and that the Gemeinde is the tenant's and the
	 * languages are of the platform's list.
	 * @param gemeinden the region keys of the tenant's Gemeinden
	 * @param earliest the first day a new appointment may lie on (null: any, for a stored
	 * request)
	 */
	public static FormBinder.Bound<RequestForm> check(FormBinder binder, Map<String, ?> raw, Set<String> gemeinden,
			LocalDate earliest) {
		return binder.bind(raw, RequestForm.class, (form, errors) -> {
			if (form.gemeinde() != null && !errors.hasFieldErrors("gemeinde") && !gemeinden.contains(form.gemeinde())) {
				errors.rejectValue("gemeinde", "guides.error.gemeinde");
			}
			if (!errors.hasFieldErrors("languages") && form.languages()
				.stream()
				.anyMatch((code) -> Languages.find(code).filter((l) -> l.code().equals(code)).isEmpty())) {
				errors.rejectValue("languages", "guides.error.language");
			}
			if (earliest != null && form.date() != null && form.date().isBefore(earliest)) {
				errors.rejectValue("date", "guides.error.past");
			}
		});
	}

	/** The values of a stored request as the form shows them. */
	public static Map<String, String> of(GuideRequest request) {
		return FormBinder
			.values(new RequestForm(request.topic(), request.languages(), request.regionKey(), request.place(),
					request.date(), request.starts(), request.ends(), request.recurrence(), request.repeatUntil(),
					request.urgency(), request.requiredQualifications().stream().map(Qualification::name).toList(),
					request.contactReference(), request.brief()));
	}

	/** The values of a new request: once, normal urgency. */
	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(RequestForm.class)));
		values.put("recurrence", Recurrence.ONCE.name());
		values.put("urgency", Urgency.NORMAL.name());
		return values;
	}

}
