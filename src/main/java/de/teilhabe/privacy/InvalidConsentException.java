package de.teilhabe.privacy;

import de.teilhabe.shared.web.BadRequestException;

/**
 * Refused consent input; names the field and says what is wrong.
 */
public class InvalidConsentException extends BadRequestException {

	private final String field;

	public InvalidConsentException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	/** The offending field, e.g. {@code purpose} or {@code textVersion}. */
	public String field() {
		return this.field;
	}

}
