package de.teilhabe.shared.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An exception whose text a person reads: it carries a message key of the i18n bundles
 * and its arguments, resolved in the reader's language when the answer is written (never
 * a literal, English text).
 */
public abstract class LocalizedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected LocalizedException(String messageKey, Object... arguments) {
		super(messageKey + ((arguments.length == 0) ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The text in the given language, or {@code null} when the bundles have no such key
	 * (the answer then says only what kind of error it is).
	 */
	public String text(MessageSource messages, Locale locale) {
		return messages.getMessage(this.messageKey, this.arguments, null, locale);
	}

}
