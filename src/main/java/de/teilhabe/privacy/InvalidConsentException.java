package de.teilhabe.privacy;

import de.teilhabe.shared.web.BadRequestException;

/**
 * Refused consent input; names the field and says what is wrong. People read which field
 * is invalid in their language; the technical reason is the exception's message (logs,
 * callers).
 */
public class InvalidConsentException extends BadRequestException {

	private final String field;

	private final String reason;

	public InvalidConsentException(String field, String reason) {
		super("privacy.consent.error.invalid", field);
		this.field = field;
		this.reason = reason;
	}

	/** The offending field, e.g. {@code purpose} or {@code textVersion}. */
	public String field() {
		return this.field;
	}

	@Override
	public String getMessage() {
		return this.field + ": " + this.reason;
	}

}
