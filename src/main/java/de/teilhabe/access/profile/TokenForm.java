package de.teilhabe.access.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * The form that creates a personal API token.
 *
 * @param name what the token is for
 * @param expiryDays for how many days it is valid: a whole number from 1 to 365
 */
public record TokenForm(
		@NotBlank(message = "{access.token.name.required}") @Size(max = 100,
				message = "{access.token.name.tooLong}") String name,
		@NotNull(message = "{access.token.expiry.range}") @Pattern(regexp = "[0-9]{1,3}",
				message = "{access.token.expiry.range}") @Range(min = 1, max = 365,
						message = "{access.token.expiry.range}") String expiryDays) {

	/** The days a new token is valid unless the user says otherwise. */
	static final String DEFAULT_DAYS = "90";

	int days() {
		return Integer.parseInt(this.expiryDays);
	}

}
