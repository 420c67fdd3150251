package de.teilhabe.monitoring.statistics.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What went wrong with a statistics file, in the reader's language: the detail key of a
 * {@link de.teilhabe.monitoring.statistics.importing.StatisticsFileException} with its
 * arguments; an argument that is a key itself (a format's name) is translated too.
 */
final class FileErrorText {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FileErrorText() {
	}

	static String of(MessageSource messages, String key, List<String> arguments, Locale locale) {
		if (key == null) {
			return null;
		}
		Object[] resolved = arguments.stream()
			.map((argument) -> argument.startsWith("monitoring.")
					? messages.getMessage(argument, null, argument, locale) : argument)
			.toArray();
		return messages.getMessage(key, resolved, null, locale);
	}

	/** The text of a failed import as stored (arguments as a JSON array). */
	static String of(MessageSource messages, ImportView view, Locale locale) {
		List<String> arguments = (view.errorArguments() != null)
				? JSON.readValue(view.errorArguments(), new TypeReference<List<String>>() {
				}) : List.of();
		return of(messages, view.errorKey(), arguments, locale);
	}

}
