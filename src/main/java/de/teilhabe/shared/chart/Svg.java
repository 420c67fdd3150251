package de.teilhabe.shared.chart;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * What every SVG picture of the platform shares: the root element with {@code role=img},
 * {@code <title>} and {@code <desc>} named by {@code aria-labelledby}, always left to
 * right (axes and boxes keep their places on a right-to-left page), no scripts and no
 * external resources; escaping and short coordinates.
 */
final class Svg {

	private Svg() {
	}

	/**
	 * Opens the root element and writes its title and description.
	 * @param fixedSize whether the picture has its width and height in pixels (a graph
	 * that scrolls) rather than scaling with its box (a chart)
	 */
	static StringBuilder open(String id, String cssClass, int width, int height, boolean fixedSize, String title,
			String description) {
		String safeId = text(id);
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"")
			.append(text(cssClass))
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append('"');
		if (fixedSize) {
			svg.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
		}
		svg.append(" direction=\"ltr\" aria-labelledby=\"")
			.append(safeId)
			.append("-title ")
			.append(safeId)
			.append("-desc\">");
		svg.append("<title id=\"").append(safeId).append("-title\">").append(text(title)).append("</title>");
		svg.append("<desc id=\"").append(safeId).append("-desc\">").append(text(description)).append("</desc>");
		return svg;
	}

	static String close(StringBuilder svg) {
		return svg.append("</svg>").toString();
	}

	/** Text and attribute values escaped for XML and HTML alike. */
	static String text(String value) {
		return (value == null) ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
	}

	/** A coordinate: whole where it is (nearly) whole, else one decimal. */
	static String num(double value) {
		return (Math.abs(value - Math.rint(value)) < 0.05) ? Long.toString(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
	}

	/** A coordinate rounded the way {@link #num} writes it. */
	static double rounded(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
