package de.teilhabe.shared.web;

import java.util.List;

/**
 * A request body that was read but cannot be accepted (a value too long, a date in the
 * future): answered with 422 problem+json listing each field and what is wrong with it in
 * the reader's language ({@code errors: [{field, message}]}), like a body that fails its
 * Jakarta Bean Validation constraints. Throw it for checks the annotations cannot express
 * (those that need the database); a body that cannot be read at all is 400.
 */
public class InvalidBodyException extends RuntimeException {

	/**
	 * One field's problem.
	 *
	 * @param field the field's name in the body, e.g. {@code note} or
	 * {@code contacts[0].email}
	 * @param messageKey the message saying what is wrong
	 * @param arguments the message's arguments
	 */
	public record Invalid(String field, String messageKey, Object... arguments) {
	}

	private final List<Invalid> errors;

	public InvalidBodyException(String field, String messageKey, Object... arguments) {
		this(List.of(new Invalid(field, messageKey, arguments)));
	}

	public InvalidBodyException(List<Invalid> errors) {
		super("Invalid body: " + errors.stream().map(Invalid::field).toList());
		this.errors = List.copyOf(errors);
	}

	public List<Invalid> errors() {
		return this.errors;
	}

}
