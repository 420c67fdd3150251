package de.teilhabe.network.organisation;

import java.time.LocalDate;

import de.teilhabe.privacy.HowGiven;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a contact person of an organisation, with how and when the person
 * consented; an e-mail address or a phone number is needed.
 *
 * @param name the name
 * @param function the function
 * @param email the e-mail address
 * @param phone the phone number
 * @param publicContact whether the public may see the person
 * @param consentHow how the consent was given
 * @param consentDate when (not in the future: checked by {@link ContactPersons})
 */
public record ContactForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String function,
		@Size(max = 200, message = "{form.error.tooLong}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{form.error.email}") String email,
		@Pattern(regexp = "\\+?[0-9 ()/-]{3,30}", message = "{form.error.phone}") String phone, Boolean publicContact,
		@NotNull(message = "{form.error.required}") HowGiven consentHow,
		@NotNull(message = "{form.error.required}") LocalDate consentDate) implements CheckedTogether {

	public ContactForm {
		publicContact = Boolean.TRUE.equals(publicContact);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.email == null && this.phone == null && !errors.hasFieldErrors("email")
				&& !errors.hasFieldErrors("phone")) {
			errors.rejectValue("email", "network.error.contactWay");
		}
	}

}
