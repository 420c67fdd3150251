package de.teilhabe.guides.candidate;

import java.util.List;

/**
 * One part of a candidate's cost, in words: a message key of the bundles with its
 * arguments and what it adds to the cost.
 *
 * @param key the message key
 * @param cost what this part adds (0 or more)
 * @param arguments the message's arguments: texts and numbers as they are, a
 * {@link LanguageName} and a {@link Label} resolved in the reader's language
 */
public record Reason(String key, int cost, List<Object> arguments) {

	public Reason(String key, int cost, Object... arguments) {
		this(key, cost, List.of(arguments));
	}

	/**
	 * A language's name in the reader's language.
	 *
	 * @param code the ISO 639 code
	 */
	public record LanguageName(String code) {
	}

	/**
	 * A text of the bundles (a topic's or a level's name).
	 *
	 * @param key its message key
	 */
	public record Label(String key) {
	}

}
