package de.teilhabe.access.profile;

import org.springframework.validation.Errors;

/**
 * The form that creates a personal API token.
 */
public class TokenForm {

	static final int MAX_NAME = 100;

	static final int MIN_DAYS = 1;

	static final int MAX_DAYS = 365;

	private String name = "";

	private String expiryDays = "90";

	/** Checks the fields; returns the number of days if they are valid. */
	int validate(Errors errors) {
		if (this.name == null || this.name.isBlank()) {
			errors.rejectValue("name", "access.token.name.required");
		}
		else if (this.name.strip().length() > MAX_NAME) {
			errors.rejectValue("name", "access.token.name.tooLong", new Object[] { MAX_NAME }, null);
		}
		int days = -1;
		try {
			days = Integer.parseInt(this.expiryDays.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			// reported below
		}
		if (days < MIN_DAYS || days > MAX_DAYS) {
			errors.rejectValue("expiryDays", "access.token.expiry.range", new Object[] { MIN_DAYS, MAX_DAYS }, null);
		}
		return days;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExpiryDays() {
		return this.expiryDays;
	}

	public void setExpiryDays(String expiryDays) {
		this.expiryDays = expiryDays;
	}

}
