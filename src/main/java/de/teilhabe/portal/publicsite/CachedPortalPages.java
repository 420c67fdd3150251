package de.teilhabe.portal.publicsite;

import java.io.IOException;

import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a portal page that is still current straight from the
 * {@link PublicContentCache}, before Spring MVC (as {@code region.publicsite} does for
 * the start page): after Spring Security, whose public chain permitted the GET. Only
 * pages the portal kept are answered here, so the other pages under {@code /p/} (the
 * start page, forms) are never shadowed.
 */
@Component
@Order(11)
class CachedPortalPages extends OncePerRequestFilter {

	private final PortalPages pages;

	CachedPortalPages(PortalPages pages) {
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request)
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/p/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// "", "p", slug, language, path…
		String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/", 5);
		PublicContentCache.Content page = (parts.length == 5 && !parts[4].isEmpty())
				? this.pages.current(parts[2], parts[3], parts[4]) : null;
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		PublicContentCache.send(page, request, response);
	}

}
