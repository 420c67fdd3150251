package de.teilhabe.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

	/**
	 * One field's problem as any message of the bundles says it (a Bean Validation error
	 * of a form record, with its message already in the reader's language).
	 *
	 * @param field the field's name in the body
	 * @param message what is wrong
	 */
	public record FieldMessage(String field, MessageSourceResolvable message) {
	}

	private final List<FieldMessage> messages;

	public InvalidBodyException(String field, String messageKey, Object... arguments) {
		this(List.of(new Invalid(field, messageKey, arguments)));
	}

	public InvalidBodyException(List<Invalid> errors) {
		super("Invalid body: " + errors.stream().map(Invalid::field).toList());
		List<FieldMessage> messages = new ArrayList<>();
		errors.forEach((error) -> messages.add(new FieldMessage(error.field(),
				new DefaultMessageSourceResolvable(new String[] { error.messageKey() }, error.arguments()))));
		this.messages = List.copyOf(messages);
	}

	/**
	 * The errors of a checked form, by field ({@code CheckedValues.errors()} of the form
	 * binding).
	 */
	public InvalidBodyException(Map<String, ? extends MessageSourceResolvable> errors) {
		super("Invalid body: " + errors.keySet());
		List<FieldMessage> messages = new ArrayList<>();
		errors.forEach((field, message) -> messages.add(new FieldMessage(field, message)));
		this.messages = List.copyOf(messages);
	}

	/** Each field's problem, in order. */
	public List<FieldMessage> messages() {
		return this.messages;
	}

}
