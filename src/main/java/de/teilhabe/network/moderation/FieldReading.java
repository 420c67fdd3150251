package de.teilhabe.network.moderation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a stored form value of a moderated entry the way the office reads it in the diff:
 * enum constants as their labels, Gemeinde keys (AGS) as names, language codes as names,
 * a ticked box as ja.
 */
@Component
class FieldReading {

	/** Fields holding several items, whose order carries no meaning. */
	private static final Set<String> UNORDERED = Set.of("languages", "targetGroups", "tags", "fieldsOfWork", "regions");

	private static final Set<String> GEMEINDEN = Set.of("regions", "regionKey");

	private final RegionChoices regions;

	private final NetworkLanguages languages;

	private final MessageSource messages;

	FieldReading(RegionChoices regions, NetworkLanguages languages, MessageSource messages) {
		this.regions = regions;
		this.languages = languages;
		this.messages = messages;
	}

	/** Whether two stored values of a field mean the same. */
	static boolean same(String field, String before, String after) {
		if (UNORDERED.contains(field)) {
			return new HashSet<>(FormBinder.split(before)).equals(new HashSet<>(FormBinder.split(after)));
		}
		return before.equals(after);
	}

	String read(ModeratedType type, String field, String value) {
		if (value.isEmpty()) {
			return value;
		}
		List<String> items = FormBinder.split(value);
		String prefix = type.labelPrefixes().get(field);
		if (prefix != null) {
			return items.stream().map((item) -> message(prefix + item, item)).collect(Collectors.joining(", "));
		}
		if ("languages".equals(field)) {
			return this.languages.names(items);
		}
		if (GEMEINDEN.contains(field)) {
			// official names carry a comma ("Bramsche, Stadt"): one per line
			return items.stream().map(this.regions::name).collect(Collectors.joining("\n"));
		}
		return "true".equals(value) ? message("network.moderation.yes", value) : value;
	}

	private String message(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

}
