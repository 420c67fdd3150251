package de.teilhabe.region.publicsite;

import java.io.IOException;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a public page that is still current straight from {@link PublicContentCache},
 * without the MVC machinery (handler lookup, layout attributes, interceptors): most of
 * what such a request cost. It runs after Spring Security (order -100), whose chain for
 * {@code /p/**} has written the security headers and permitted the request. Anything else
 * — a page not rendered yet or changed, an unknown tenant or language — goes on to
 * {@link PublicPagesController}.
 */
@Component
@Order(10)
class CachedPublicPages extends OncePerRequestFilter {

	private final Tenants tenants;

	private final PublicContentCache cache;

	CachedPublicPages(Tenants tenants, PublicContentCache cache) {
		this.tenants = tenants;
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request)
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/p/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicContentCache.Content page = current(request.getRequestURI().substring(request.getContextPath().length()));
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		PublicContentCache.send(page, request, response);
	}

	/**
	 * The current page for {@code /p/{slug}/{language}/} and its {@code impressum} and
	 * {@code datenschutz}, or null.
	 */
	private PublicContentCache.Content current(String path) {
		String[] parts = path.split("/", -1);
		// "", "p", slug, language, page
		if (parts.length != 5
				|| !(parts[4].isEmpty() || parts[4].equals("impressum") || parts[4].equals("datenschutz"))) {
			return null;
		}
		// Whether the tenant offers the language is not checked here: a page is kept only
		// for an offered one, and a change of the offered set raises the tenant's content
		// version, which makes every page kept before it stale.
		Language language = PublicPagesController.knownLanguage(parts[3]);
		Tenant tenant = (language != null) ? this.tenants.findBySlug(parts[2]).orElse(null) : null;
		if (tenant == null) {
			return null;
		}
		return this.cache.current(PublicPagesController.key(tenant, language, parts[4]));
	}

}
