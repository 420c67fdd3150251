package de.teilhabe.portal.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The directory's map: the tenant's Gemeinden at their centres (the region list's
 * coordinates), each a circle whose area grows with its number of organisations and
 * offers, drawn as an SVG by the server — no tiles, no script, no request to another
 * server. A picture only ({@code role=img} with title and description): the table of the
 * Gemeinden beside it holds the same numbers as text, with the links.
 */
final class DirectoryMap {

	static final int WIDTH = 400;

	private static final int MARGIN = 24;

	/**
	 * The Gemeinden named on the map (the ones with most entries); the others in the
	 * table.
	 */
	private static final int NAMED = 6;

	private DirectoryMap() {
	}

	/**
	 * A Gemeinde on the map.
	 *
	 * @param name its name
	 * @param latitude its centre
	 * @param longitude its centre
	 * @param entries its organisations and offers
	 */
	record Place(String name, double latitude, double longitude, long entries) {
	}

	/**
	 * The SVG, or null when no Gemeinde has a centre.
	 * @param title the picture's title
	 * @param description what it shows and where the text is
	 * @param nameLang the language of the Gemeinden's names where it is not the page's
	 */
	static String svg(List<Place> places, String title, String description, String nameLang) {
		if (places.isEmpty()) {
			return null;
		}
		double north = places.stream().mapToDouble(Place::latitude).max().orElseThrow();
		double south = places.stream().mapToDouble(Place::latitude).min().orElseThrow();
		double east = places.stream().mapToDouble(Place::longitude).max().orElseThrow();
		double west = places.stream().mapToDouble(Place::longitude).min().orElseThrow();
		// equirectangular at the middle latitude: good enough for a Landkreis
		double stretch = Math.cos(Math.toRadians((north + south) / 2));
		double spanX = Math.max((east - west) * stretch, 1e-6);
		double spanY = Math.max(north - south, 1e-6);
		double scale = (WIDTH - 2 * MARGIN) / Math.max(spanX, spanY);
		int height = (int) Math.ceil(spanY * scale) + 2 * MARGIN;
		int width = (int) Math.ceil(spanX * scale) + 2 * MARGIN;
		Set<String> named = places.stream()
			.filter((place) -> place.entries() > 0)
			.sorted(Comparator.comparingLong(Place::entries).reversed().thenComparing(Place::name))
			.limit(NAMED)
			.map(Place::name)
			.collect(Collectors.toSet());
		String lang = (nameLang != null) ? " lang=\"" + escape(nameLang) + "\"" : "";
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"directory-map\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" direction=\"ltr\" aria-labelledby=\"directory-map-title directory-map-desc\">")
			.append("<title id=\"directory-map-title\">")
			.append(escape(title))
			.append("</title><desc id=\"directory-map-desc\">")
			.append(escape(description))
			.append("</desc>");
		StringBuilder labels = new StringBuilder();
		places.stream().sorted(Comparator.comparingLong(Place::entries).reversed()).forEach((place) -> {
			double x = MARGIN + (place.longitude() - west) * stretch * scale;
			double y = MARGIN + (north - place.latitude()) * scale;
			double r = (place.entries() == 0) ? 3 : 6 + 3 * Math.sqrt(place.entries());
			svg.append("<circle class=\"directory-map__")
				.append((place.entries() == 0) ? "none" : "some")
				.append("\" cx=\"")
				.append(number(x))
				.append("\" cy=\"")
				.append(number(y))
				.append("\" r=\"")
				.append(number(r))
				.append("\"/>");
			if (place.entries() > 0) {
				labels.append("<text class=\"directory-map__count\" x=\"")
					.append(number(x))
					.append("\" y=\"")
					.append(number(y + 4))
					.append("\">")
					.append(place.entries())
					.append("</text>");
			}
			if (named.contains(place.name())) {
				labels.append("<text class=\"directory-map__name\"")
					.append(lang)
					.append(" x=\"")
					.append(number(x))
					.append("\" y=\"")
					.append(number(y + r + 12))
					.append("\">")
					.append(escape(place.name()))
					.append("</text>");
			}
		});
		return svg.append(labels).append("</svg>").toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
