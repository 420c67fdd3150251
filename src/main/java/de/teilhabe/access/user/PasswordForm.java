package de.teilhabe.access.user;

import org.springframework.validation.Errors;

/**
 * The fields of a form that sets a new password (profile, invitation and reset links).
 */
public class PasswordForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String repeatPassword = "";

	/** Adds the broken {@link PasswordRules} to the form's errors. */
	public void validate(String username, Errors errors) {
		for (PasswordRules.Violation violation : PasswordRules.check(username, this.newPassword, this.repeatPassword)) {
			errors.rejectValue(violation.field(), violation.messageKey(), new Object[] { PasswordRules.MIN_LENGTH },
					null);
		}
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
