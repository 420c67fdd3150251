package de.teilhabe.shared.web;

/**
 * A request that contradicts the current state (changed in the meantime, no longer
 * valid). Answered with 409 and the text of {@code messageKey} in the reader's language.
 */
public class ConflictException extends LocalizedException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
