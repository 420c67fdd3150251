package de.teilhabe.portal.publicsite;

import de.teilhabe.shared.web.KeptPublicPages;
import de.teilhabe.shared.web.PublicContentCache;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Answers a portal page that is still current straight from the
 * {@link PublicContentCache}, before Spring MVC (as {@code region.publicsite} does for
 * the start page): after Spring Security, whose public chain permitted the GET. Only
 * pages the portal kept are answered here, so the other pages under {@code /p/} (the
 * start page, forms) are never shadowed.
 */
@Component
@Order(11)
class CachedPortalPages extends KeptPublicPages {

	private final PortalPages pages;

	CachedPortalPages(PortalPages pages) {
		this.pages = pages;
	}

	/** The portal's page for {@code /p/{slug}/{language}/{path…}}, or null. */
	@Override
	protected PublicContentCache.Content current(String path) {
		// "", "p", slug, language, path…
		String[] parts = path.split("/", 5);
		return (parts.length == 5 && !parts[4].isEmpty()) ? this.pages.current(parts[2], parts[3], parts[4]) : null;
	}

}
