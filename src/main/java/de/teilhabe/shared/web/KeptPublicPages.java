package de.teilhabe.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that answers a public page under {@code /p/} that is still current straight
 * from the {@link PublicContentCache} (with ETag and 304), before Spring MVC; anything
 * else (a page not kept, changed, or not the subclass's) goes on to Spring MVC, which
 * makes and keeps it.
 */
public abstract class KeptPublicPages extends OncePerRequestFilter {

	/**
	 * The page kept for the path (below the context path, starting with {@code /p/}) if
	 * it is still current, else null.
	 */
	protected abstract PublicContentCache.Content current(String path);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request)
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/p/");
	}

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicContentCache.Content page = current(request.getRequestURI().substring(request.getContextPath().length()));
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		PublicContentCache.send(page, request, response);
	}

}
