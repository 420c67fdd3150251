package de.teilhabe.network.organisation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.Gemeinde;
import de.teilhabe.network.form.LanguageCode;
import de.teilhabe.network.form.WeeklyHours;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.SingleLine;
import de.teilhabe.shared.web.form.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.validation.Errors;

/**
 * The form of an organisation (page, write API, import): the fields and their checks. The
 * same values are stored in the pending changes of partners.
 *
 * @param kind the kind
 * @param name the name
 * @param street street and number
 * @param postcode the postcode
 * @param city the city
 * @param latitude latitude (WGS 84), with longitude or not at all
 * @param longitude longitude (WGS 84)
 * @param regions the Gemeinden where it works (AGS)
 * @param languages languages (ISO 639)
 * @param targetGroups target groups
 * @param fieldsOfWork fields of work (constants of {@link FieldOfWork})
 * @param website its web address
 * @param email its e-mail address
 * @param phone its phone number
 * @param openingHours opening hours, free text (a note beside the weekly hours)
 * @param weeklyHours structured weekly opening hours
 * ({@link de.teilhabe.network.OpeningHours})
 * @param tags free tags
 * @param description what it does
 */
public record OrganisationForm(@NotNull(message = "{form.error.required}") OrganisationKind kind,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String street,
		@Pattern(regexp = "[0-9]{5}", message = "{form.error.postcode}") String postcode,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String city,
		@Range(min = -90, max = 90, message = "{form.error.range}") BigDecimal latitude,
		@Range(min = -180, max = 180, message = "{form.error.range}") BigDecimal longitude,
		@Size(max = 200, message = "{form.error.tooMany}") List<@Gemeinde String> regions,
		@Size(max = 40, message = "{form.error.tooMany}") List<@LanguageCode String> languages,
		@Size(max = 20,
				message = "{form.error.tooMany}") List<@Size(max = 80,
						message = "{form.error.itemTooLong}") String> targetGroups,
		@Size(max = 30, message = "{form.error.tooMany}") List<@OneOf(FieldOfWork.class) String> fieldsOfWork,
		@Size(max = 500, message = "{form.error.tooLong}") @WebAddress String website,
		@Size(max = 200, message = "{form.error.tooLong}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{form.error.email}") String email,
		@Pattern(regexp = "\\+?[0-9 ()/-]{3,30}", message = "{form.error.phone}") String phone,
		@Size(max = 1000, message = "{form.error.tooLong}") String openingHours,
		@Size(max = 1000, message = "{form.error.tooLong}") @WeeklyHours String weeklyHours,
		@Size(max = 30,
				message = "{form.error.tooMany}") List<@Size(max = 60,
						message = "{form.error.itemTooLong}") String> tags,
		@Size(max = 4000, message = "{form.error.tooLong}") String description) implements CheckedTogether {

	public static final List<String> FIELDS = FormBinder.fields(OrganisationForm.class);

	/** Both coordinates or none. */
	@Override
	public void checkTogether(Errors errors) {
		if (!errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")
				&& (this.latitude == null) != (this.longitude == null)) {
			errors.rejectValue((this.latitude == null) ? "latitude" : "longitude", "network.error.position");
		}
	}

	/** Checks submitted values; a decimal comma in the coordinates is read as a point. */
	public static CheckedValues check(FormBinder binder, Map<String, String> raw) {
		Map<String, String> values = new LinkedHashMap<>(raw);
		values.computeIfPresent("latitude", (field, value) -> value.replace(',', '.'));
		values.computeIfPresent("longitude", (field, value) -> value.replace(',', '.'));
		return binder.bind(values, OrganisationForm.class).checked();
	}

	/** The form values of a live organisation. */
	public static Map<String, String> of(Organisation organisation) {
		return FormBinder.values(new OrganisationForm(organisation.kind(), organisation.name(), organisation.street(),
				organisation.postcode(), organisation.city(), organisation.latitude(), organisation.longitude(),
				organisation.regions(), organisation.languages(), organisation.targetGroups(),
				organisation.fieldsOfWork(), organisation.website(), organisation.email(), organisation.phone(),
				organisation.openingHours(), organisation.weeklyHours().text(), organisation.tags(),
				organisation.description()));
	}

	/** An empty form. */
	public static Map<String, String> empty() {
		return FormBinder.empty(FIELDS);
	}

}
