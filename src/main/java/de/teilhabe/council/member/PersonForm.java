package de.teilhabe.council.member;

import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member or delegate: the name as the body publishes it and, internal to the office,
 * the e-mail address for invitations (never public).
 *
 * @param givenName the given name
 * @param familyName the family name
 * @param email the address the office writes to
 */
public record PersonForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String givenName,
		@NotBlank(message = "{form.error.required}") @Size(max = 100,
				message = "{form.error.tooLong}") @SingleLine String familyName,
		@Size(max = 254,
				message = "{form.error.tooLong}") @Email(message = "{form.error.email}") @SingleLine String email) {
}
