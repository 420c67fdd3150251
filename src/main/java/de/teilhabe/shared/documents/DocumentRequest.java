package de.teilhabe.shared.documents;

import java.util.Locale;
import java.util.Map;

/**
 * What {@link Documents#render} makes a PDF of: either the fragment {@code content} of a
 * Thymeleaf template (rendered with the platform's template engine, messages and
 * {@code #times}, with the given variables and {@code pdf} set to true), or a piece of
 * XHTML; both become the body of the platform's document layout.
 *
 * @param template a template name whose fragment {@code content} is the body (e.g.
 * {@code privacy/subject-report}), or null with {@code html}
 * @param html a body as well-formed XHTML (inserted as it is: never untrusted input), or
 * null with {@code template}
 * @param variables the template's variables; {@code documentHead}, if given, is
 * well-formed XHTML added to the layout's head as it is (e.g. a report's bookmarks and
 * print styles; never untrusted input)
 * @param title the document's title (PDF/UA: shown as the window title)
 * @param language the language the document is written in
 * @param rightToLeft whether that language is written from right to left (see
 * {@code region.Language#rightToLeft})
 * @param letterhead the running header, or null for none
 */
public record DocumentRequest(String template, String html, Map<String, Object> variables, String title,
		Locale language, boolean rightToLeft, Letterhead letterhead) {

	public DocumentRequest {
		if ((template == null) == (html == null)) {
			throw new IllegalArgumentException("a document has a template or html, not both or neither");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a document needs a title");
		}
		if (language == null || language.getLanguage().isEmpty()) {
			throw new IllegalArgumentException("a document needs a language");
		}
		variables = (variables != null) ? Map.copyOf(variables) : Map.of();
	}

	/**
	 * A document from the fragment {@code content} of a template, written left to right.
	 */
	public static DocumentRequest ofTemplate(String template, Map<String, ?> variables, String title, Locale language,
			Letterhead letterhead) {
		return new DocumentRequest(template, null, Map.copyOf(variables), title, language, false, letterhead);
	}

	/** A document from a body in XHTML, written left to right. */
	public static DocumentRequest ofHtml(String html, String title, Locale language, Letterhead letterhead) {
		return new DocumentRequest(null, html, Map.of(), title, language, false, letterhead);
	}

	/** The same document in a script written from right to left (or not). */
	public DocumentRequest withRightToLeft(boolean rightToLeft) {
		return new DocumentRequest(this.template, this.html, this.variables, this.title, this.language, rightToLeft,
				this.letterhead);
	}

}
