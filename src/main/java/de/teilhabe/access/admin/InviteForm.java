package de.teilhabe.access.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form that invites a new user.
 *
 * @param username the login name, unique on the whole platform
 * @param displayName the name shown to staff
 * @param email where the invitation goes
 * @param roles the roles (names of {@link Role}), at least one
 */
public record InviteForm(
		@NotBlank(message = "{access.users.username.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}",
				message = "{access.users.username.invalid}") String username,
		@NotBlank(message = "{access.users.displayName.required}") @Size(max = 200,
				message = "{access.users.displayName.tooLong}") String displayName,
		@NotBlank(message = "{access.users.email.required}") @Size(max = 254,
				message = "{access.users.email.invalid}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
						message = "{access.users.email.invalid}") String email,
		@NotEmpty(message = "{access.users.roles.required}") List<@OneOf(value = Role.class,
				message = "{access.users.roles.invalid}") String> roles) {

	/** Binds and checks the form; the username against all users of the platform. */
	static Bound<InviteForm> bind(FormBinder binder, Map<String, ?> params, UserStore users) {
		return binder.bind(params, InviteForm.class, (form, errors) -> {
			if (!errors.hasFieldErrors("username") && users.usernameTaken(form.username())) {
				errors.rejectValue("username", "access.users.username.taken");
			}
		});
	}

	/** The roles chosen (valid names only: the form is checked). */
	Set<Role> chosenRoles() {
		return parseRoles(this.roles);
	}

	/** The roles of these names, or null if one of them is no role. */
	static Set<Role> parseRoles(List<String> names) {
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		for (String name : (names != null) ? names : List.<String>of()) {
			try {
				parsed.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return parsed;
	}

}
