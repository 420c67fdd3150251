package de.teilhabe.council.oparl;

import java.io.IOException;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answers of a body's OParl addresses ({@code /oparl/v1.1/bodies/{body}} and below:
 * the body, its lists and objects, file contents) are the same for every caller: kept in
 * the {@link PublicContentCache} per tenant, per address the request was made to (the ids
 * name it: scheme, host and port, behind a trusted proxy the forwarded ones) and per
 * query as sent, current while nothing they show changed (the council's tables raise the
 * tenant's content version, {@code V20261212_0500}), with ETag and 304; answered here
 * without Spring MVC and Jackson. Each is kept also compressed, made once: a client that
 * accepts gzip (as OParl clients do) gets those bytes ({@code Content-Encoding: gzip}, an
 * ETag of their own, {@code Vary: Accept-Encoding}); a page of 100 meetings with all it
 * embeds shrinks about tenfold. Only 200 answers are kept; the System and the list of
 * bodies (all tenants) are not. Runs after Spring Security (order -100).
 */
@Component
@Order(10)
class CachedOParlAnswers extends OncePerRequestFilter {

	private static final String BODIES = OParlController.ROOT + "/bodies/";

	private final Tenants tenants;

	private final PublicContentCache cache;

	CachedOParlAnswers(Tenants tenants, PublicContentCache cache) {
		this.tenants = tenants;
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request) || !path(request).startsWith(BODIES);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String rest = path(request).substring(BODIES.length());
		int slash = rest.indexOf('/');
		Tenant tenant = this.tenants.findBySlug((slash < 0) ? rest : rest.substring(0, slash)).orElse(null);
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		PublicContentCache.Key key = new PublicContentCache.Key(tenant.id(),
				"oparl " + ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + path(request)
						+ ((query != null) ? "?" + query : ""));
		PublicContentCache.Found found = this.cache.find(key);
		if (found.content() == null) {
			synchronized (this.cache.makingLock(key)) {
				found = this.cache.foundMeanwhile(key, found);
				if (found.content() == null) {
					make(key, found.stamp(), request, response, chain);
					return;
				}
			}
		}
		send(found.content(), request, response);
	}

	/** Lets Spring MVC answer, and keeps a 200 answer of a GET. */
	private void make(PublicContentCache.Key key, PublicContentCache.Stamp stamp, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		if (answer.getStatus() != HttpServletResponse.SC_OK || !"GET".equals(request.getMethod())
				|| answer.getContentType() == null || answer.getHeader(HttpHeaders.CONTENT_DISPOSITION) != null) {
			answer.copyBodyToResponse();
			return;
		}
		PublicContentCache.Content made = PublicContentCache.Content.compressed(answer.getContentAsByteArray(),
				answer.getContentType());
		this.cache.keep(key, stamp, made);
		send(made, request, response);
	}

	private static void send(PublicContentCache.Content content, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		PublicContentCache.send(content, request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
