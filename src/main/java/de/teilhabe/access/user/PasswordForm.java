package de.teilhabe.access.user;

import java.util.Map;
import java.util.function.Predicate;

import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.Secret;

import org.springframework.validation.Errors;

/**
 * The form that sets a new password (profile, invitation and reset links): the passwords
 * are bound exactly as typed and never shown again.
 *
 * @param currentPassword the password the user signed in with (the profile only)
 * @param newPassword the new password, following the {@link PasswordRules}
 * @param repeatPassword the new password typed again
 */
public record PasswordForm(@Secret String currentPassword, @Secret String newPassword, @Secret String repeatPassword) {

	/**
	 * Binds and checks a new password of the user against the {@link PasswordRules}.
	 * @param username the user's login name (the password must differ from it)
	 */
	public static Bound<PasswordForm> bindNew(FormBinder binder, Map<String, ?> params, String username) {
		return binder.bind(params, PasswordForm.class, (form, errors) -> form.checkRules(username, errors));
	}

	/**
	 * Binds and checks a password change: the current password as well as the new one.
	 * @param username the user's login name
	 * @param isCurrent whether a text is the user's current password
	 */
	public static Bound<PasswordForm> bindChange(FormBinder binder, Map<String, ?> params, String username,
			Predicate<String> isCurrent) {
		return binder.bind(params, PasswordForm.class, (form, errors) -> {
			if (form.currentPassword() == null) {
				errors.rejectValue("currentPassword", "access.password.current.required");
			}
			else if (!isCurrent.test(form.currentPassword())) {
				errors.rejectValue("currentPassword", "access.password.current.wrong");
			}
			form.checkRules(username, errors);
		});
	}

	private void checkRules(String username, Errors errors) {
		for (PasswordRules.Violation violation : PasswordRules.check(username, this.newPassword, this.repeatPassword)) {
			errors.rejectValue(violation.field(), violation.messageKey(), new Object[] { PasswordRules.MIN_LENGTH },
					null);
		}
	}

}
