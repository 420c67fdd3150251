package de.teilhabe.shared.web;

import java.util.Locale;
import java.util.Map;

/**
 * What the error pages need to know of the public pages ({@code /p/{slug}/{language}/…}),
 * told by the module that serves them: the language of a path's language segment and the
 * public layout of an error page. An error on a public path (one a filter or the servlet
 * container meets before any controller, too) is answered in the public layout of the
 * tenant, in the language of the path, without the staff navigation and without a cookie;
 * see {@link PublicPathLocales}.
 */
public interface PublicSite {

	/**
	 * The locale of a language segment of a public path: the language it names when the
	 * public pages know it (written as its own code), German otherwise (also for
	 * {@code null}).
	 */
	Locale locale(String languageCode);

	/**
	 * The model attributes of the public layout for an error page of a public path, in
	 * the language of {@link #locale}: the tenant of the slug (none when the slug names
	 * no tenant: a neutral page) and {@code startAddress}, the address of the tenant's
	 * start page in that language (null without a tenant).
	 * @param slug the slug segment of the path (any text a visitor sent, or null)
	 * @param languageCode the language segment of the path (any text, or null)
	 */
	Map<String, Object> errorLayout(String slug, String languageCode);

}
