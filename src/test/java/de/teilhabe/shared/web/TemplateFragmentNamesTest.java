package de.teilhabe.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf's {@code template :: name} selects fragments named so AND elements named so:
 * a fragment called {@code select} also returned every {@code <select>} of the template
 * (a second, unlabelled dropdown with the same id). Fragment names must therefore never
 * be element names, and each name occurs once per template.
 */
class TemplateFragmentNamesTest {

	private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"([A-Za-z0-9_-]+)");

	private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)");

	/** HTML and SVG element names that a template might contain one day. */
	private static final Set<String> ELEMENT_NAMES = Set.of("a", "abbr", "address", "area", "article", "aside", "audio",
			"b", "base", "blockquote", "body", "br", "button", "canvas", "caption", "circle", "cite", "code", "col",
			"colgroup", "data", "datalist", "dd", "defs", "del", "desc", "details", "dfn", "dialog", "div", "dl", "dt",
			"em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5",
			"h6", "head", "header", "hr", "html", "i", "iframe", "img", "image", "input", "ins", "kbd", "label",
			"legend", "li", "line", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object",
			"ol", "optgroup", "option", "output", "p", "path", "picture", "polygon", "polyline", "pre", "progress", "q",
			"rect", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strong",
			"style", "sub", "summary", "sup", "svg", "symbol", "table", "tbody", "td", "template", "text", "textarea",
			"tfoot", "th", "thead", "time", "title", "tr", "track", "tspan", "u", "ul", "use", "var", "video", "wbr");

	@Test
	void fragmentNamesAreNoElementNamesAndUniquePerTemplate() throws IOException {
		Path root = Path.of("src/main/resources/templates");
		List<Path> templates;
		try (Stream<Path> files = Files.walk(root)) {
			templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
		assertThat(templates).isNotEmpty();
		Set<String> elements = new HashSet<>(ELEMENT_NAMES);
		for (Path template : templates) {
			// comments may mention placeholders such as network.field.<field>
			Matcher element = ELEMENT.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
			while (element.find()) {
				elements.add(element.group(1).toLowerCase(java.util.Locale.ROOT));
			}
		}
		for (Path template : templates) {
			Set<String> names = new HashSet<>();
			Matcher fragment = FRAGMENT.matcher(Files.readString(template));
			while (fragment.find()) {
				String name = fragment.group(1);
				assertThat(elements)
					.as("fragment \"%s\" of %s is also an element name", name, root.relativize(template))
					.doesNotContain(name.toLowerCase(java.util.Locale.ROOT));
				assertThat(names.add(name)).as("fragment \"%s\" twice in %s", name, root.relativize(template)).isTrue();
			}
		}
	}

}
