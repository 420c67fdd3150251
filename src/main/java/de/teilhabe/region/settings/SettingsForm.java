package de.teilhabe.region.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import de.teilhabe.shared.web.form.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The tenant settings form (the logo comes as its own multipart part), bound and checked
 * by {@link FormBinder}.
 *
 * @param name the tenant's name (required)
 * @param officeName the office's name
 * @param street street and number
 * @param postcode five digits
 * @param city the city
 * @param officeHours office hours, several lines
 * @param phone a phone number of digits, spaces and {@code + ( ) / -}
 * @param email an e-mail address
 * @param website an http or https address
 * @param imprintText the imprint
 * @param privacyText the privacy statement
 * @param removeLogo whether to remove the logo
 * @param publicLanguages the codes of the ticked public languages, at least one, in the
 * order of the public language switch
 * @param version the version of the settings the form was loaded with
 */
public record SettingsForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String officeName,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String street,
		@Pattern(regexp = "[0-9]{5}", message = "{region.settings.error.postcode}") String postcode,
		@Size(max = 100, message = "{form.error.tooLong}") @SingleLine String city,
		@Size(max = 2000, message = "{form.error.tooLong}") String officeHours,
		@Pattern(regexp = "(?=(?:[^0-9]*[0-9]){3})\\+?[0-9 ()/-]{3,40}",
				message = "{region.settings.error.phone}") String phone,
		@Size(max = 254, message = "{form.error.tooLong}") @Pattern(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+",
				message = "{region.settings.error.email}") String email,
		@Size(max = 500, message = "{form.error.tooLong}") @WebAddress(
				message = "{region.settings.error.website}") String website,
		@Size(max = 20_000, message = "{form.error.tooLong}") String imprintText,
		@Size(max = 50_000, message = "{form.error.tooLong}") String privacyText, Boolean removeLogo,
		@NotEmpty(message = "{region.settings.error.publicLanguages.none}") List<String> publicLanguages,
		Integer version) implements CheckedTogether {

	public SettingsForm {
		removeLogo = Boolean.TRUE.equals(removeLogo);
		publicLanguages = (publicLanguages != null) ? publicLanguages : List.of();
	}

	/** The form of the stored settings and the offered public languages. */
	static SettingsForm of(TenantSettings settings, List<Language> publicLanguages) {
		return new SettingsForm(settings.name(), settings.officeName(), settings.street(), settings.postcode(),
				settings.city(), settings.officeHours(), settings.phone(), settings.email(), settings.website(),
				settings.imprintText(), settings.privacyText(), false,
				publicLanguages.stream().map(Language::code).toList(), settings.version());
	}

	/** Every ticked language must be one of the reference list. */
	@Override
	public void checkTogether(Errors errors) {
		if (this.publicLanguages.stream().anyMatch((code) -> Languages.find(code).isEmpty())) {
			errors.rejectValue("publicLanguages", "region.settings.error.publicLanguages.unknown");
		}
	}

	/**
	 * The ticked languages as codes of the reference list, each once, in the order given.
	 */
	List<String> languageCodes() {
		List<String> codes = new ArrayList<>();
		this.publicLanguages.stream()
			.map(Languages::find)
			.flatMap(Optional::stream)
			.map(Language::code)
			.filter((code) -> !codes.contains(code))
			.forEach(codes::add);
		return codes;
	}

}
