package de.teilhabe.shared.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.server.PathContainer;

/**
 * Values (handler mappings, access rules) by the leading literal segments of their path
 * patterns, as a tree of segments: a value hangs at the node of each of its patterns'
 * literals (at the root when it is to be checked for every path). The candidates for a
 * path are the values met on the walk from the root along the path's segments: exactly
 * those with a pattern whose literals the path starts with, and those at the root; each
 * once, in no particular order.
 * <p>
 * Used by the dispatcher's handler lookup ({@link PrefilteredRequestMappings}) and the
 * access rules ({@code access.security.OneLookupAuthorization}): both then check in full
 * only what can match a request's path. Filled once, then only read (safe to share once
 * published).
 *
 * @param <T> the values
 */
public final class LiteralPathIndex<T> {

	private final Node<T> root = new Node<>();

	/**
	 * Adds a value with the leading literals of each of its patterns (an empty list: the
	 * value is a candidate for every path).
	 */
	public void add(T value, List<List<String>> literalsOfPatterns) {
		if (literalsOfPatterns.isEmpty()) {
			this.root.values.add(new Entry<>(value, false));
			return;
		}
		boolean several = literalsOfPatterns.size() > 1;
		for (List<String> literals : literalsOfPatterns) {
			Node<T> node = this.root;
			for (String literal : literals) {
				node = node.children.computeIfAbsent(literal, (key) -> new Node<>());
			}
			node.values.add(new Entry<>(value, several));
		}
	}

	/** The values that can match a path with these segments. */
	public List<T> candidates(List<String> segments) {
		List<T> candidates = new ArrayList<>();
		Node<T> node = this.root;
		int depth = 0;
		while (node != null) {
			for (Entry<T> entry : node.values) {
				// a value with several patterns may hang on the path twice
				if (!entry.several() || !candidates.contains(entry.value())) {
					candidates.add(entry.value());
				}
			}
			node = (depth < segments.size()) ? node.children.get(segments.get(depth++)) : null;
		}
		return candidates;
	}

	/**
	 * The segments of a path in order, as path patterns match them (decoded, without
	 * matrix variables); null if the path does not alternate separator and segment from
	 * its start (e.g. two slashes in a row): no index then.
	 */
	public static List<String> segments(PathContainer path) {
		List<PathContainer.Element> elements = path.elements();
		List<String> segments = new ArrayList<>(elements.size() / 2 + 1);
		for (int i = 0; i < elements.size(); i++) {
			PathContainer.Element element = elements.get(i);
			boolean separatorExpected = i % 2 == 0;
			if (separatorExpected != (element instanceof PathContainer.Separator)) {
				return null;
			}
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments;
	}

	/**
	 * The segments at the start of a pattern that match only themselves: up to the first
	 * segment with a variable, a wildcard or an escape (e.g.
	 * {@code /api/v1/strategy/dialogs} of
	 * {@code /api/v1/strategy/dialogs/{id}/priorities}); none for a pattern that does not
	 * start with a slash.
	 */
	public static List<String> leadingLiterals(String pattern) {
		if (!pattern.startsWith("/")) {
			return List.of();
		}
		List<String> literals = new ArrayList<>();
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.chars().anyMatch((c) -> "{}*?%\\;".indexOf(c) >= 0)) {
				break;
			}
			literals.add(segment);
		}
		return literals;
	}

	private static final class Node<T> {

		private final Map<String, Node<T>> children = new HashMap<>();

		private final List<Entry<T>> values = new ArrayList<>();

	}

	private record Entry<T>(T value, boolean several) {
	}

}
