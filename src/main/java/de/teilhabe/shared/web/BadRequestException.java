package de.teilhabe.shared.web;

/**
 * A request that cannot be understood (malformed key, bad parameter). Answered with 400.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
