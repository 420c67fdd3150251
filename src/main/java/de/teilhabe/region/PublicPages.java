package de.teilhabe.region;

import java.io.IOException;

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

}
