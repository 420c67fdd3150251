package de.teilhabe.access.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.teilhabe.access.user.UserStore;
import de.teilhabe.shared.security.Role;

import org.springframework.validation.Errors;

/**
 * The form that invites a new user.
 */
public class InviteForm {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 254;

	private String username = "";

	private String displayName = "";

	private String email = "";

	private List<String> roles = new ArrayList<>();

	/** Checks every field (the username against all users of the platform). */
	void validate(Errors errors, UserStore users) {
		String name = this.username.strip();
		if (name.isEmpty()) {
			errors.rejectValue("username", "access.users.username.required");
		}
		else if (!USERNAME.matcher(name).matches()) {
			errors.rejectValue("username", "access.users.username.invalid");
		}
		else if (users.usernameTaken(name)) {
			errors.rejectValue("username", "access.users.username.taken");
		}
		if (this.displayName.isBlank()) {
			errors.rejectValue("displayName", "access.users.displayName.required");
		}
		else if (this.displayName.strip().length() > MAX_NAME) {
			errors.rejectValue("displayName", "access.users.displayName.tooLong", new Object[] { MAX_NAME }, null);
		}
		if (this.email.isBlank()) {
			errors.rejectValue("email", "access.users.email.required");
		}
		else if (this.email.strip().length() > MAX_EMAIL || !EMAIL.matcher(this.email.strip()).matches()) {
			errors.rejectValue("email", "access.users.email.invalid");
		}
		if (parsedRoles() == null) {
			errors.rejectValue("roles", "access.users.roles.invalid");
		}
		else if (parsedRoles().isEmpty()) {
			errors.rejectValue("roles", "access.users.roles.required");
		}
	}

	/** The roles chosen, or null if one of them is no role. */
	Set<Role> parsedRoles() {
		return parseRoles(this.roles);
	}

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

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public List<String> getRoles() {
		return this.roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = (roles != null) ? roles : new ArrayList<>();
	}

}
