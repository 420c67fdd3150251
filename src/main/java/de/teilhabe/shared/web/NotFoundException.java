package de.teilhabe.shared.web;

/**
 * Something asked for does not exist (or is not the asker's to see: we never tell the
 * difference). Answered with 404: a problem+json for the API, the friendly page for
 * people.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
