package de.teilhabe.reporting.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report markup of a chapter's text (see {@code Chapter#text}) as safe XHTML: a line
 * starting with {@code ## } or {@code ### } is a heading, lines starting with {@code - }
 * form a list, an empty line ends a paragraph, {@code [label](https://...)} is a link
 * (http, https and mailto only). Everything else is text: angle brackets, ampersands and
 * quotes are escaped, control characters dropped, so no HTML of the writer ever reaches
 * the report.
 */
final class ReportMarkup {

	/** A link: label in brackets, address in parentheses (no spaces, no parentheses). */
	private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\(([^()\\s]{1,2000})\\)");

	private static final Pattern SAFE_ADDRESS = Pattern.compile("(?i)(https?://|mailto:)[^\\s\"'<>]+");

	private ReportMarkup() {
	}

	/**
	 * The text as XHTML.
	 * @param headingLevel the level of a {@code ## } heading ({@code ### } is one
	 * deeper), e.g. 3 inside a chapter whose heading is h2
	 */
	static String toHtml(String text, int headingLevel) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder(text.length() * 2);
		StringBuilder paragraph = new StringBuilder();
		boolean inList = false;
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			boolean item = line.startsWith("- ");
			if (!item && inList) {
				html.append("</ul>");
				inList = false;
			}
			if (line.isEmpty()) {
				paragraph(html, paragraph);
			}
			else if (line.startsWith("### ") || line.startsWith("## ")) {
				paragraph(html, paragraph);
				int level = Math.min(6, headingLevel + (line.startsWith("### ") ? 1 : 0));
				String heading = line.substring(line.indexOf(' ') + 1).strip();
				html.append("<h")
					.append(level)
					.append('>')
					.append(inline(heading))
					.append("</h")
					.append(level)
					.append('>');
			}
			else if (item) {
				paragraph(html, paragraph);
				if (!inList) {
					html.append("<ul>");
					inList = true;
				}
				html.append("<li>").append(inline(line.substring(2).strip())).append("</li>");
			}
			else {
				if (!paragraph.isEmpty()) {
					paragraph.append(' ');
				}
				paragraph.append(line);
			}
		}
		if (inList) {
			html.append("</ul>");
		}
		paragraph(html, paragraph);
		return html.toString();
	}

	private static void paragraph(StringBuilder html, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(inline(paragraph.toString())).append("</p>");
			paragraph.setLength(0);
		}
	}

	/** Text with its links; everything else escaped. */
	private static String inline(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		Matcher link = LINK.matcher(text);
		int at = 0;
		while (link.find()) {
			String address = link.group(2);
			if (!SAFE_ADDRESS.matcher(address).matches()) {
				continue;
			}
			html.append(Html.text(text.substring(at, link.start())));
			html.append("<a href=\"")
				.append(Html.text(address))
				.append("\" title=\"")
				.append(Html.text(link.group(1)))
				.append("\">")
				.append(Html.text(link.group(1)))
				.append("</a>");
			at = link.end();
		}
		return html.append(Html.text(text.substring(at))).toString();
	}

}
