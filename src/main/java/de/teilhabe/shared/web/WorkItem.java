package de.teilhabe.shared.web;

import java.util.List;

/**
 * One line of the start page's "waiting for you" list.
 *
 * @param key message key of the line; German plurals through a choice format, e.g.
 * {@code {0,choice,1#1 Änderung wartet|1<{0} Änderungen warten} auf Freigabe}
 * @param arguments the message's arguments (counts, names, times already formatted)
 * @param path where the work is done
 */
public record WorkItem(String key, List<Object> arguments, String path) {

	public WorkItem(String key, String path, Object... arguments) {
		this(key, List.of(arguments), path);
	}

	/** The arguments for {@code #messages.msgWithParams}. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
