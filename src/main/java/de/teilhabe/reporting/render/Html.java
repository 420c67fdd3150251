package de.teilhabe.reporting.render;

import org.springframework.web.util.HtmlUtils;

/** Escaping for the report's XHTML (read as XML by the PDF renderer). */
final class Html {

	private Html() {
	}

	/**
	 * Text and attribute values escaped; characters XML does not allow (control
	 * characters, NUL) dropped.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder clean = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = c >= 0x20 ? (c != 0xFFFE && c != 0xFFFF) : (c == '\t' || c == '\n');
			if (!allowed && clean == null) {
				clean = new StringBuilder(value.length()).append(value, 0, i);
			}
			else if (allowed && clean != null) {
				clean.append(c);
			}
		}
		return HtmlUtils.htmlEscape((clean != null) ? clean.toString() : value, "UTF-8");
	}

}
