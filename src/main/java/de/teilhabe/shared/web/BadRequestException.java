package de.teilhabe.shared.web;

/**
 * A request that cannot be understood (malformed key, bad parameter). Answered with 400
 * and the text of {@code messageKey} in the reader's language.
 */
public class BadRequestException extends LocalizedException {

	public BadRequestException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
