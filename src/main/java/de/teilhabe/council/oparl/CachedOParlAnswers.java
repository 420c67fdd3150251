package de.teilhabe.council.oparl;

import java.io.IOException;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.KeptAnswers;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
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
class CachedOParlAnswers extends KeptAnswers {

	private static final String BODIES = OParlController.ROOT + "/bodies/";

	private final Tenants tenants;

	CachedOParlAnswers(Tenants tenants, PublicContentCache cache) {
		super(cache);
		this.tenants = tenants;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request) || !path(request).startsWith(BODIES);
	}

	/** The address as requested and the query as sent; none for an unknown body. */
	@Override
	protected PublicContentCache.Key key(HttpServletRequest request) {
		String rest = path(request).substring(BODIES.length());
		int slash = rest.indexOf('/');
		Tenant tenant = this.tenants.findBySlug((slash < 0) ? rest : rest.substring(0, slash)).orElse(null);
		if (tenant == null) {
			return null;
		}
		String query = request.getQueryString();
		return new PublicContentCache.Key(tenant.id(),
				"oparl " + ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + path(request)
						+ ((query != null) ? "?" + query : ""));
	}

	/**
	 * Kept also compressed; an answer with a Content-Disposition (a download) is not
	 * kept.
	 */
	@Override
	protected PublicContentCache.Content keep(HttpServletRequest request, ContentCachingResponseWrapper answer) {
		return (answer.getHeader(HttpHeaders.CONTENT_DISPOSITION) != null) ? null
				: PublicContentCache.Content.compressed(answer.getContentAsByteArray(), answer.getContentType());
	}

	@Override
	protected void send(PublicContentCache.Content content, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		PublicContentCache.send(content, request, response);
	}

}
