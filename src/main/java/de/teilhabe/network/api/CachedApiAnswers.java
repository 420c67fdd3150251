package de.teilhabe.network.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.KeptAnswers;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
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
class CachedApiAnswers extends KeptAnswers {

	/** The answers kept, with the query parameters their controller methods read. */
	private static final Map<String, List<String>> PARAMETERS = Map.of("/api/v1/organisations",
			List.of("q", "kind", "language", "region", "field", "page", "size"), "/api/v1/offers",
			List.of("q", "kind", "language", "region", "page", "size"), "/api/v1/events",
			List.of("q", "kind", "language", "region", "page", "size"), "/api/v1/events.ics", List.of());

	private final Tenants tenants;

	CachedApiAnswers(Tenants tenants, PublicContentCache cache) {
		super(cache);
		this.tenants = tenants;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicContentCache.isRead(request) || !PARAMETERS.containsKey(path(request));
	}

	/**
	 * An anonymous caller's: the path and the parameters the answer depends on, each
	 * value encoded (so that no value can pass for another parameter); none for a
	 * signed-in caller or without one known tenant.
	 */
	@Override
	protected PublicContentCache.Key key(HttpServletRequest request) {
		String[] slug = request.getParameterValues("tenant");
		Tenant tenant = (slug != null && slug.length == 1 && CurrentActor.find().isEmpty())
				? this.tenants.findBySlug(slug[0].strip()).orElse(null) : null;
		if (tenant == null) {
			return null;
		}
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

	/** An anonymous answer, never one to a caller who signed in meanwhile. */
	@Override
	protected PublicContentCache.Content keep(HttpServletRequest request, ContentCachingResponseWrapper answer) {
		return CurrentActor.find().isPresent() ? null
				: PublicContentCache.Content.of(answer.getContentAsByteArray(), answer.getContentType());
	}

	/**
	 * Whether the caller takes the kept answer's type; else Spring MVC answers (406).
	 */
	@Override
	protected boolean accepts(HttpServletRequest request, PublicContentCache.Content content) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(content.contentType());
			return MediaType.parseMediaTypes(accept).stream().anyMatch((accepted) -> accepted.includes(type));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
