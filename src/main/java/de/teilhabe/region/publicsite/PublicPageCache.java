package de.teilhabe.region.publicsite;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * The rendered public pages, per tenant, language and page, with a strong ETag (a hash of
 * the bytes). A page is rendered again when what it shows changed: database triggers
 * raise a counter per tenant on every change of the tenant, its settings, its
 * organisations, offers and events ({@code public_content_version}, whoever made it, on
 * whichever instance). The counter is read at most every {@link #VERSION_CHECK} per
 * tenant, and at once after a request on this instance that may have written (any method
 * but GET, HEAD, OPTIONS), so an editor sees the change on the next view. A page is also
 * rendered again after {@link #MAX_AGE}: its next events move on with the clock.
 */
@Component
class PublicPageCache {

	static final Duration VERSION_CHECK = Duration.ofSeconds(1);

	static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** A page of a tenant in a language ({@code ""}: the start page). */
	record Key(UUID tenantId, String language, String page) {
	}

	/**
	 * A rendered page.
	 *
	 * @param html the bytes as sent (UTF-8)
	 * @param etag its strong entity tag, quoted
	 */
	record Page(byte[] html, String etag) {
	}

	private record Rendered(Page page, long version, long renderedAt) {
	}

	private record CheckedVersion(long version, long checkedAt) {
	}

	private final JdbcClient jdbc;

	private final Map<Key, Rendered> pages = new ConcurrentHashMap<>();

	private final Map<UUID, CheckedVersion> versions = new ConcurrentHashMap<>();

	PublicPageCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page from the cache if it is still current, else rendered now and kept. */
	Page get(Key key, Supplier<byte[]> render) {
		long now = System.nanoTime();
		long version = version(key.tenantId(), now);
		Page current = current(key, version, now);
		if (current != null) {
			return current;
		}
		byte[] html = render.get();
		Page page = new Page(html, etag(html));
		this.pages.put(key, new Rendered(page, version, now));
		return page;
	}

	/** The page from the cache if it is still current, else null. */
	Page current(Key key) {
		long now = System.nanoTime();
		return current(key, version(key.tenantId(), now), now);
	}

	private Page current(Key key, long version, long now) {
		Rendered cached = this.pages.get(key);
		if (cached != null && cached.version() == version && now - cached.renderedAt() < MAX_AGE.toNanos()) {
			return cached.page();
		}
		return null;
	}

	/**
	 * Answers with a page: 304 without a body if the browser has it (its ETag in
	 * {@code If-None-Match}), else the page, to be revalidated on every use.
	 */
	static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (browserHas(page, request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.html().length);
		response.getOutputStream().write(page.html());
	}

	/**
	 * Whether an {@code If-None-Match} header names the page's ETag (weakly compared).
	 */
	static boolean browserHas(Page page, String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			candidate = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
			if (candidate.equals("*") || candidate.equals(page.etag())) {
				return true;
			}
		}
		return false;
	}

	private long version(UUID tenantId, long now) {
		CheckedVersion checked = this.versions.get(tenantId);
		if (checked != null && now - checked.checkedAt() < VERSION_CHECK.toNanos()) {
			return checked.version();
		}
		long version = this.jdbc.sql("SELECT version FROM public_content_version WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.optional()
			.orElse(0L);
		this.versions.put(tenantId, new CheckedVersion(version, now));
		return version;
	}

	/**
	 * After a request on this instance that may have changed data (its transaction is
	 * committed by now): read the counters again before the next page is served.
	 */
	@EventListener
	void afterWrite(ServletRequestHandledEvent handled) {
		String method = handled.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)
				&& !HttpMethod.OPTIONS.matches(method)) {
			this.versions.clear();
		}
	}

	static String etag(byte[] html) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(html);
			return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
