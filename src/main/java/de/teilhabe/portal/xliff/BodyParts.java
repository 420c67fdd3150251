package de.teilhabe.portal.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's cleaned HTML split for translation: every block that holds only text and
 * inline formatting (a paragraph, a heading, a list item, a table cell) is a unit; lists,
 * tables and blocks holding other blocks are groups named after their element. Text
 * outside any block becomes a unit without a name.
 */
final class BodyParts {

	/** Formatting inside a text: kept as inline codes. */
	static final Set<String> INLINE = Set.of("strong", "em", "a", "br", "span");

	/** A part of the body. */
	sealed interface Part permits Group, Unit {

		/** The element (with the header cell's scope as {@code th:col}), or empty. */
		String name();

	}

	/** A list, a table, or a block holding blocks. */
	record Group(String name, List<Part> parts) implements Part {
	}

	/** Text with inline formatting inside its block element. */
	record Unit(String name, List<Node> content) implements Part {

		boolean hasText() {
			return this.content.stream()
				.anyMatch((node) -> (node instanceof TextNode text) ? !text.isBlank()
						: (node instanceof Element element) && !element.text().isBlank());
		}

	}

	private BodyParts() {
	}

	/** The parts of cleaned HTML, in order. */
	static List<Part> of(String html) {
		Element body = Jsoup.parseBodyFragment((html != null) ? html : "").body();
		return parts(body);
	}

	/** The names of the parts, nested: equal when two texts have the same structure. */
	static String shape(List<Part> parts) {
		StringBuilder shape = new StringBuilder();
		for (Part part : parts) {
			shape.append(part.name());
			if (part instanceof Group group) {
				shape.append('(').append(shape(group.parts())).append(')');
			}
			shape.append(';');
		}
		return shape.toString();
	}

	/** The units of the parts, depth first. */
	static List<Unit> units(List<Part> parts) {
		List<Unit> units = new ArrayList<>();
		for (Part part : parts) {
			if (part instanceof Group group) {
				units.addAll(units(group.parts()));
			}
			else {
				units.add((Unit) part);
			}
		}
		return units;
	}

	private static List<Part> parts(Element container) {
		List<Part> parts = new ArrayList<>();
		List<Node> loose = new ArrayList<>();
		for (Node node : container.childNodes()) {
			if (node instanceof Element element && !INLINE.contains(element.normalName())) {
				flush(loose, parts);
				String name = name(element);
				if (holdsBlocks(element)) {
					parts.add(new Group(name, parts(element)));
				}
				else {
					parts.add(new Unit(name, List.copyOf(element.childNodes())));
				}
			}
			else {
				loose.add(node);
			}
		}
		flush(loose, parts);
		return parts;
	}

	private static void flush(List<Node> loose, List<Part> parts) {
		if (!loose.isEmpty()) {
			Unit unit = new Unit("", List.copyOf(loose));
			if (unit.hasText()) {
				parts.add(unit);
			}
			loose.clear();
		}
	}

	private static boolean holdsBlocks(Element element) {
		if (Set.of("ul", "ol", "table", "thead", "tbody", "tr").contains(element.normalName())) {
			return true;
		}
		return element.children().stream().anyMatch((child) -> !INLINE.contains(child.normalName()));
	}

	private static String name(Element element) {
		String name = element.normalName();
		if (name.equals("th") && element.hasAttr("scope")) {
			return "th:" + element.attr("scope");
		}
		return name;
	}

	/**
	 * The opening tag of a part's name ({@code th:col} opens {@code
	 *
	<th scope="col">}).
	 */
	static String open(String name) {
		int colon = name.indexOf(':');
		if (colon > 0) {
			return "<" + name.substring(0, colon) + " scope=\"" + name.substring(colon + 1) + "\">";
		}
		return "<" + name + ">";
	}

	/** The closing tag of a part's name. */
	static String close(String name) {
		int colon = name.indexOf(':');
		return "</" + ((colon > 0) ? name.substring(0, colon) : name) + ">";
	}

}
