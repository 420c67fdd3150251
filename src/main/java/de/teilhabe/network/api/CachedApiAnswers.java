package de.teilhabe.network.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The anonymous answers of the read API ({@link NetworkApiController}: organisations,
 * offers, events, the iCalendar feed) are the same for every anonymous caller: kept per
 * tenant and normalised query in the {@link PublicContentCache} (current while nothing
 * they show changed, with ETag and 304) and answered here without Spring MVC and Jackson.
 * Runs after Spring Security (order -100), whose API chain decided who calls, and after
 * the rate limit of anonymous clients (order 0). A signed-in caller (token) gets their
 * own tenant's answer, never a kept one, and theirs is never kept.
 */
@Component
@Order(10)
class CachedApiAnswers extends OncePerRequestFilter {

	/** The answers kept, with the query parameters their controller methods read. */
	private static final Map<String, List<String>> PARAMETERS = Map.of("/api/v1/organisations",
			List.of("q", "kind", "language", "region", "field", "page", "size"), "/api/v1/offers",
			List.of("q", "kind", "language", "region", "page", "size"), "/api/v1/events",
			List.of("q", "kind", "language", "region", "page", "size"), "/api/v1/events.ics", List.of());

	private final Tenants tenants;

	private final PublicContentCache cache;

	CachedApiAnswers(Tenants tenants, PublicContentCache cache) {
		this.tenants = tenants;
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request) || !PARAMETERS.containsKey(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] slug = request.getParameterValues("tenant");
		Tenant tenant = (slug != null && slug.length == 1 && CurrentActor.find().isEmpty())
				? this.tenants.findBySlug(slug[0].strip()).orElse(null) : null;
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		PublicContentCache.Key key = key(tenant, request);
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
		if (accepts(request, found.content().contentType())) {
			PublicContentCache.send(found.content(), request, response);
		}
		else {
			// a type the caller does not take: Spring MVC answers (406)
			chain.doFilter(request, response);
		}
	}

	/** Lets Spring MVC answer, and keeps an anonymous 200 answer of a GET. */
	private void make(PublicContentCache.Key key, PublicContentCache.Stamp stamp, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		if (answer.getStatus() != HttpServletResponse.SC_OK || !"GET".equals(request.getMethod())
				|| answer.getContentType() == null || CurrentActor.find().isPresent()) {
			answer.copyBodyToResponse();
			return;
		}
		PublicContentCache.Content made = PublicContentCache.Content.of(answer.getContentAsByteArray(),
				answer.getContentType());
		this.cache.keep(key, stamp, made);
		PublicContentCache.send(made, request, response);
	}

	/**
	 * The path and the parameters the answer depends on, each value encoded (so that no
	 * value can pass for another parameter).
	 */
	private static PublicContentCache.Key key(Tenant tenant, HttpServletRequest request) {
		String path = path(request);
		StringBuilder name = new StringBuilder(path);
		for (String parameter : PARAMETERS.get(path)) {
			String[] values = request.getParameterValues(parameter);
			if (values != null) {
				name.append('&').append(parameter);
				for (String value : values) {
					name.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
		}
		return new PublicContentCache.Key(tenant.id(), name.toString());
	}

	/**
	 * Whether the caller takes the kept answer's type; else Spring MVC answers (406).
	 */
	private static boolean accepts(HttpServletRequest request, String contentType) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.parseMediaTypes(accept).stream().anyMatch((accepted) -> accepted.includes(type));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
