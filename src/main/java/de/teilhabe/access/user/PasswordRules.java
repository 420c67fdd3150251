package de.teilhabe.access.user;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every new password follows, wherever it is set (profile, invitation, reset,
 * bootstrap).
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 10;

	private PasswordRules() {
	}

	/**
	 * The broken rules of a new password as message keys (empty if it is acceptable).
	 * @param username the user's login name: the password must differ from it
	 * @param password the new password
	 * @param repeated the password typed again
	 * @return violations as {@link Violation}s: the field and the message key
	 */
	public static List<Violation> check(String username, String password, String repeated) {
		List<Violation> violations = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			violations.add(new Violation("newPassword", "access.password.required"));
		}
		else if (password.length() < MIN_LENGTH) {
			violations.add(new Violation("newPassword", "access.password.tooShort"));
		}
		else if (password.equalsIgnoreCase(username)) {
			violations.add(new Violation("newPassword", "access.password.sameAsUsername"));
		}
		if (password != null && !password.isEmpty() && !password.equals(repeated)) {
			violations.add(new Violation("repeatPassword", "access.password.mismatch"));
		}
		return violations;
	}

	/**
	 * A broken rule.
	 *
	 * @param field the form field ({@code newPassword} or {@code repeatPassword})
	 * @param messageKey the message that says what is wrong
	 */
	public record Violation(String field, String messageKey) {
	}

}
