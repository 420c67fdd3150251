package de.teilhabe.region;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * The machinery of a tenant's public pages ({@code /p/{slug}/{language}/…}) for every
 * module that adds a page there (the council's Beirat pages): the tenant and language of
 * the path (404 for an unknown tenant or a language the tenant does not offer), the
 * public layout's attributes, rendering into bytes kept in
 * {@code shared.web.PublicContentCache} (the same bytes for every visitor, with a strong
 * ETag: 304 when the browser has them), and the friendly 404 page in the path's language.
 * A public page that Spring MVC renders (a form, the search) is set up with
 * {@link #open}; one rendered into bytes by its module takes {@link #layout}.
 */
public interface PublicPages {

	/** What a page adds to the model; returns its template. */
	@FunctionalInterface
	interface PageContent {

		String prepare(Tenant tenant, Language language, TenantSettings settings);

	}

	/**
	 * Answers a public page from the cache, or renders and keeps it. A
	 * {@code NotFoundException} thrown by {@code content} is not kept: it answers the 404
	 * of {@link #notFound}.
	 * @param page the page's path below {@code /p/{slug}/{language}/} (its name in the
	 * cache and in the language switch), e.g. {@code beirat/sitzungen/<id>}
	 */
	void serve(String slug, String language, String page, HttpServletRequest request, HttpServletResponse response,
			Model model, PageContent content) throws IOException;

	/**
	 * Prepares the friendly 404 page of the public pages (in the path's language when it
	 * was one the tenant offers, else German) and returns its template.
	 */
	String notFound(HttpServletRequest request, Model model);

	/** The tenant of a public path, or {@code NotFoundException}. */
	Tenant tenant(String slug);

	/**
	 * The language of a public path: one the tenant offers, written as its own code
	 * (never {@code AR} or {@code ara}), or {@code NotFoundException}. Remembered for
	 * {@link #notFound}, which then answers in it.
	 */
	Language language(Tenant tenant, String code, HttpServletRequest request);

	/**
	 * Sets up a public page that Spring MVC renders (a public form, the search): the
	 * tenant and language of the path (404 for an unknown tenant or a language the tenant
	 * does not offer, see {@link #notFound}), this request rendered in the language (the
	 * staff UI's language cookie untouched) and the model attributes of the public layout
	 * ({@link #layout}).
	 * @param page the page's path below {@code /p/{slug}/{language}/} (for the language
	 * switch), e.g. {@code lotsen}
	 */
	PublicPage open(String slug, String language, String page, HttpServletRequest request, Model model);

	/**
	 * The model attributes of the public layout, for a page rendered into bytes by its
	 * module: {@code tenant}, {@code settings} (null when the tenant has none),
	 * {@code demo}, {@code language}, {@code languages} (the tenant's public languages,
	 * for the switch) and {@code page}. A map that may be changed.
	 */
	Map<String, Object> layout(Tenant tenant, Language language, String page);

	/**
	 * A public page as {@link #open} set it up.
	 *
	 * @param tenant the tenant of the path
	 * @param language the language of the path
	 * @param offered the tenant's public languages
	 */
	record PublicPage(Tenant tenant, Language language, List<Language> offered) {
	}

}
