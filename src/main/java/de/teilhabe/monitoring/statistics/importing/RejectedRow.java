package de.teilhabe.monitoring.statistics.importing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A row that was not turned into an observation, and why. Parsers give the reason as a
 * message code with arguments; {@link #inLanguage} puts it into words in the reader's
 * language when a report is shown, so a report stored once reads in German and in
 * English.
 *
 * @param line physical line of the file
 * @param column the column at fault (header name), or {@code null} for the whole row
 * @param code the reason's message code, {@code monitoring.rejection.<code>} in the
 * monitoring bundle ({@code null} in reports stored before reasons had codes)
 * @param arguments the message arguments (values from the file, counts)
 * @param reason what is wrong, in words a user can act on; {@code null} until
 * {@link #inLanguage} is applied
 */
public record RejectedRow(long line, String column, String code, List<String> arguments, String reason) {

	public RejectedRow {
		arguments = (arguments == null) ? List.of() : List.copyOf(arguments);
	}

	/**
	 * A rejection for the given reason, not yet in words.
	 * @param line physical line of the file
	 * @param column the column at fault, or {@code null}
	 * @param reason the reason
	 * @return the rejected row
	 */
	public static RejectedRow of(long line, String column, Reason reason) {
		return new RejectedRow(line, column, reason.code(), reason.arguments(), null);
	}

	/**
	 * This row with its reason in words.
	 * @param messages the message bundles
	 * @param locale the reader's language
	 * @return the row with {@link #reason()} set
	 */
	public RejectedRow inLanguage(MessageSource messages, Locale locale) {
		if (this.code == null) {
			return this;
		}
		String text = messages.getMessage(Reason.MESSAGE_PREFIX + this.code, this.arguments.toArray(), locale);
		return new RejectedRow(this.line, this.column, this.code, this.arguments, text);
	}

}
