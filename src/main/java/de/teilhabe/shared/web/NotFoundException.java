package de.teilhabe.shared.web;

/**
 * Something asked for does not exist (or is not the asker's to see: we never tell the
 * difference). Answered with 404: a problem+json for the API, the friendly page for
 * people, both with the text of {@code messageKey} in the reader's language.
 */
public class NotFoundException extends LocalizedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
