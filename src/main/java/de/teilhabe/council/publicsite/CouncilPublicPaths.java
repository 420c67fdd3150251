package de.teilhabe.council.publicsite;

import java.util.UUID;

/**
 * The addresses of the council's public pages (below the context path), for the pages
 * themselves, the calendar feed and the {@code web} attributes of OParl objects.
 */
public final class CouncilPublicPaths {

	/** The Beirat's page below {@code /p/{slug}/{language}/}. */
	public static final String BEIRAT = "beirat";

	private CouncilPublicPaths() {
	}

	/** {@code /p/{slug}/{language}/beirat} */
	public static String beirat(String slug, String language) {
		return "/p/" + slug + "/" + language + "/" + BEIRAT;
	}

	/** {@code /p/{slug}/{language}/beirat/sitzungen/{id}} */
	public static String meeting(String slug, String language, UUID id) {
		return beirat(slug, language) + "/sitzungen/" + id;
	}

	/** {@code /p/{slug}/{language}/beirat/vorlagen/{id}} */
	public static String paper(String slug, String language, UUID id) {
		return beirat(slug, language) + "/vorlagen/" + id;
	}

	/** {@code /p/{slug}/beirat/dateien/{id}}: a public file's content, in no language. */
	public static String file(String slug, UUID id) {
		return "/p/" + slug + "/" + BEIRAT + "/dateien/" + id;
	}

	/** {@code /p/{slug}/beirat/sitzungen.ics}: the calendar feed of every meeting. */
	public static String calendar(String slug) {
		return "/p/" + slug + "/" + BEIRAT + "/sitzungen.ics";
	}

}
