package de.teilhabe.privacy.subject;

import de.teilhabe.shared.web.BadRequestException;

/**
 * A data-subject request with a missing or malformed field; carries the message key.
 */
class InvalidSubjectRequestException extends BadRequestException {

	private final String field;

	InvalidSubjectRequestException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
