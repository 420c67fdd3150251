package de.teilhabe.network.form;

import org.springframework.context.MessageSourceResolvable;

/**
 * What is wrong with one field: a message key of the network bundle and its arguments.
 *
 * @param key the message key, e.g. {@code network.error.required}
 * @param args its arguments
 */
public record FieldError(String key, Object... args) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.args;
	}

}
