package de.teilhabe.monitoring.statistics.importing;

import java.util.Arrays;
import java.util.List;

/**
 * Why a row or cell of a statistics file was rejected: a message code of the monitoring
 * bundle ({@code monitoring.rejection.<code>}) and its arguments, so that the reason can
 * be shown in the reader's language.
 *
 * @param code the message code without prefix
 * @param arguments the arguments, as text
 */
public record Reason(String code, List<String> arguments) {

	/** Prefix of the reasons' keys in the message bundles. */
	public static final String MESSAGE_PREFIX = "monitoring.rejection.";

	public Reason {
		arguments = List.copyOf(arguments);
	}

	public static Reason of(String code, Object... arguments) {
		return new Reason(code, Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
