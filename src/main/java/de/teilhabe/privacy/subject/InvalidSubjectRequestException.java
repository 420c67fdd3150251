package de.teilhabe.privacy.subject;

import de.teilhabe.shared.web.BadRequestException;

/**
 * A data-subject request with a missing or malformed field; carries the message key.
 */
class InvalidSubjectRequestException extends BadRequestException {

	private final String field;

	private final String messageKey;

	InvalidSubjectRequestException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

}
