package de.teilhabe.region.publicsite;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.KeptPublicPages;
import de.teilhabe.shared.web.PublicContentCache;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
class CachedPublicPages extends KeptPublicPages {

	private final Tenants tenants;

	private final PublicContentCache cache;

	CachedPublicPages(Tenants tenants, PublicContentCache cache) {
		this.tenants = tenants;
		this.cache = cache;
	}

	/**
	 * The current page for {@code /p/{slug}/{language}/} and its {@code impressum} and
	 * {@code datenschutz}, or null.
	 */
	@Override
	protected PublicContentCache.Content current(String path) {
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
