package de.teilhabe.portal.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML a page's text may hold, cleaned on save: headings (h2 to h4, the page's title
 * is its h1), paragraphs and line breaks, lists, links (http, https, mailto, tel and
 * addresses of this site starting with {@code /}), strong and em, and tables (caption,
 * head, body, rows, header cells with their scope, cells). Everything else is removed
 * with its attributes (scripts, styles, event handlers, images, frames, forms); the text
 * inside removed formatting stays.
 */
public final class PageHtml {

	/** Stands for this site when relative links are checked; never written out. */
	private static final String BASE = "https://portal.invalid";

	private static final Safelist ALLOWED = new Safelist()
		.addTags("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "a", "strong", "em", "table", "caption", "thead",
				"tbody", "tr", "th", "td")
		.addAttributes("a", "href", "hreflang")
		.addAttributes("th", "scope")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.preserveRelativeLinks(true);

	private PageHtml() {
	}

	/** The HTML with only what the allow-list keeps; null for null. */
	public static String clean(String html) {
		if (html == null) {
			return null;
		}
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, BASE, ALLOWED, output).strip();
	}

	/** Whether cleaned HTML shows any text. */
	public static boolean hasText(String cleaned) {
		return cleaned != null && !Jsoup.parse(cleaned).text().isBlank();
	}

}
