package de.teilhabe.network.form;

/**
 * What is wrong with one field: a message key of the network bundle and its arguments.
 *
 * @param key the message key, e.g. {@code network.error.required}
 * @param args its arguments
 */
public record FieldError(String key, Object... args) {
}
