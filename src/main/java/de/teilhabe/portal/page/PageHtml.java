package de.teilhabe.portal.page;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import de.teilhabe.region.Languages;

/**
 * The HTML a page's text may hold, cleaned on save: headings (h2 to h4, the page's title
 * is its h1), paragraphs and line breaks, lists, links (http, https, mailto, tel and
 * addresses of this site starting with {@code /}), strong and em, and tables (caption,
 * head, body, rows, header cells with their scope, cells). Everything else is removed
 * with its attributes (scripts, styles, event handlers, images, frames, forms); the text
 * inside removed formatting stays.
 * <p>
 * A part in another language than the page (a Kurdish phrase in a German paragraph, an
 * Arabic address in an English list) is marked with {@code lang} on its block or on a
 * {@code span}; its writing direction follows from the language when {@code dir} is not
 * given ({@code rtl} for Arabic, {@code ltr} for German inside an Arabic page), so that
 * screen readers switch voices and the browser orders the text right. A {@code lang} that
 * is no language tag and a {@code dir} other than ltr, rtl and auto are removed.
 */
public final class PageHtml {

	/** Stands for this site when relative links are checked; never written out. */
	private static final String BASE = "https://portal.invalid";

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}");

	private static final Pattern DIRECTION = Pattern.compile("ltr|rtl|auto");

	private static final Safelist ALLOWED = new Safelist()
		.addTags("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "a", "strong", "em", "span", "table", "caption",
				"thead", "tbody", "tr", "th", "td")
		.addAttributes(":all", "lang", "dir")
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
		Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(html, BASE, ALLOWED, output));
		cleaned.outputSettings(output);
		for (Element element : cleaned.body().getAllElements()) {
			if (element != cleaned.body()) {
				languageAndDirection(element);
			}
		}
		return cleaned.body().html().strip();
	}

	/**
	 * Keeps a valid {@code lang} and {@code dir}, adds the direction of a marked
	 * language, and unwraps a {@code span} that marks nothing.
	 */
	private static void languageAndDirection(Element element) {
		String language = element.attr("lang").strip();
		if (!LANGUAGE_TAG.matcher(language).matches()) {
			element.removeAttr("lang");
			language = "";
		}
		else {
			element.attr("lang", language);
		}
		String direction = element.attr("dir").strip().toLowerCase(java.util.Locale.ROOT);
		if (DIRECTION.matcher(direction).matches()) {
			element.attr("dir", direction);
		}
		else if (!language.isEmpty()) {
			String primary = language.split("-")[0];
			element.attr("dir",
					Languages.find(language)
						.or(() -> Languages.find(primary))
						.map((found) -> found.dir())
						.orElse("auto"));
		}
		else {
			element.removeAttr("dir");
		}
		if (element.normalName().equals("span") && element.attributesSize() == 0) {
			element.unwrap();
		}
	}

	/** Whether cleaned HTML shows any text. */
	public static boolean hasText(String cleaned) {
		return cleaned != null && !Jsoup.parse(cleaned).text().isBlank();
	}

}
