package de.teilhabe.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * What anonymous readers get of a tenant, kept as the bytes sent (the public pages, the
 * anonymous answers of the read API), with a strong ETag (a hash of the bytes). An answer
 * is made again when what it shows changed: database triggers raise a counter per tenant
 * on every change of the tenant, its settings, its organisations, contacts, consents,
 * offers and events ({@code public_content_version}, whoever made it, on whichever
 * instance). The counter is read at most every {@link #VERSION_CHECK} per tenant, and at
 * once after a request on this instance that may have written (any method but GET, HEAD,
 * OPTIONS) and after any writing transaction of this instance commits (a job, a start-up
 * task), so an editor sees the change on the next view. An answer is also made again
 * after {@link #MAX_AGE}: next events move on with the clock. At most
 * {@code teilhabe.public-cache.max-bytes} are kept (the API's searches are as many as
 * there are search terms): beyond it an answer is sent but not kept.
 */
@Component
public class PublicContentCache implements TransactionExecutionListener {

	public static final Duration VERSION_CHECK = Duration.ofSeconds(1);

	public static final Duration MAX_AGE = Duration.ofMinutes(1);

	/**
	 * An answer of a tenant.
	 *
	 * @param tenantId the tenant whose content it shows
	 * @param name what it is among the tenant's answers (e.g. a page and its language, an
	 * API path with its normalised query)
	 */
	public record Key(UUID tenantId, String name) {
	}

	/**
	 * An answer as sent.
	 *
	 * @param body the bytes
	 * @param contentType its media type with charset
	 * @param etag its strong entity tag, quoted
	 * @param gzip the bytes compressed with gzip, made once with the answer and sent to a
	 * client that accepts them ({@code Accept-Encoding}), or null to send only the bytes
	 */
	public record Content(byte[] body, String contentType, String etag, byte[] gzip) {

		/** An answer sent only as it is (no compressed bytes). */
		public Content(byte[] body, String contentType, String etag) {
			this(body, contentType, etag, null);
		}

		public static Content of(byte[] body, String contentType) {
			return new Content(body, contentType, entityTag(body));
		}

		/**
		 * An answer kept also compressed (large answers of the read APIs): sent as
		 * {@code Content-Encoding: gzip} where the client accepts it, with an ETag of its
		 * own ({@link #gzipEtag}), the plain bytes otherwise, both with
		 * {@code Vary: Accept-Encoding}.
		 */
		public static Content compressed(byte[] body, String contentType) {
			byte[] gzip = compress(body);
			return new Content(body, contentType, entityTag(body), (gzip.length < body.length) ? gzip : null);
		}

		/**
		 * The strong entity tag of the compressed bytes: another representation, another
		 * tag (the plain one with {@code -gzip}).
		 */
		public String gzipEtag() {
			return this.etag.substring(0, this.etag.length() - 1) + "-gzip\"";
		}

		long size() {
			return this.body.length + ((this.gzip != null) ? this.gzip.length : 0);
		}

	}

	/**
	 * The tenant's counter read before an answer is made, and when: the answer is kept
	 * under it, so a change made meanwhile makes it stale.
	 */
	public record Stamp(long version, long at) {
	}

	private record Kept(Content content, Stamp stamp) {
	}

	private record CheckedVersion(long version, long checkedAt) {
	}

	private final JdbcClient jdbc;

	private final long maxBytes;

	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	private final AtomicLong keptBytes = new AtomicLong();

	private final Map<UUID, CheckedVersion> versions = new ConcurrentHashMap<>();

	private final Object[] makingLocks = new Object[64];

	PublicContentCache(JdbcClient jdbc, @Value("${teilhabe.public-cache.max-bytes:67108864}") long maxBytes) {
		this.jdbc = jdbc;
		this.maxBytes = maxBytes;
		Arrays.setAll(this.makingLocks, (i) -> new Object());
	}

	/**
	 * What the cache has for a key: the kept answer if it is still current, else null and
	 * the stamp to keep the answer made now under.
	 *
	 * @param content the current answer, or null
	 * @param stamp when content is null: the tenant's counter, read from the database
	 * just now
	 */
	public record Found(Content content, Stamp stamp) {
	}

	/** The answer from the cache if it is still current, else made now and kept. */
	public Content get(Key key, Supplier<Content> make) {
		Found found = find(key);
		if (found.content() != null) {
			return found.content();
		}
		synchronized (makingLock(key)) {
			found = foundMeanwhile(key, found);
			if (found.content() != null) {
				return found.content();
			}
			Content made = make.get();
			keep(key, found.stamp(), made);
			return made;
		}
	}

	/**
	 * Held while the answer of a key is made: under load many requests find the same
	 * answer stale at once (after a change, after {@link #MAX_AGE}); one makes it, the
	 * others wait and take it ({@link #foundMeanwhile}) instead of all making it again.
	 * Striped: a few locks for any number of keys.
	 */
	public Object makingLock(Key key) {
		return this.makingLocks[Math.floorMod(key.hashCode(), this.makingLocks.length)];
	}

	/**
	 * After a miss ({@code missed}) and waiting for {@link #makingLock}: the answer
	 * another request kept meanwhile under the same counter, else still the miss.
	 */
	public Found foundMeanwhile(Key key, Found missed) {
		Content current = current(key, missed.stamp().version(), System.nanoTime());
		return (current != null) ? new Found(current, null) : missed;
	}

	/** The answer from the cache if it is still current, else null. */
	public Content current(Key key) {
		return find(key).content();
	}

	/**
	 * The kept answer if it is current. If not, the counter is read again (unless it was
	 * read just now), so an answer is only ever made after its counter was read, and a
	 * miss always costs exactly one read.
	 */
	public Found find(Key key) {
		long now = System.nanoTime();
		CheckedVersion checked = this.versions.get(key.tenantId());
		boolean read = checked == null || now - checked.checkedAt() >= VERSION_CHECK.toNanos();
		long version = read ? read(key.tenantId(), now) : checked.version();
		Content current = current(key, version, now);
		if (current == null && !read) {
			version = read(key.tenantId(), now);
			current = current(key, version, now);
		}
		return new Found(current, (current != null) ? null : new Stamp(version, now));
	}

	/**
	 * Keeps an answer made after {@code stamp} was taken, unless the cache is full of
	 * current answers.
	 */
	public void keep(Key key, Stamp stamp, Content content) {
		long size = content.size();
		if (this.keptBytes.get() + size > this.maxBytes) {
			forgetStale();
			if (this.keptBytes.get() + size > this.maxBytes) {
				return;
			}
		}
		Kept before = this.kept.put(key, new Kept(content, stamp));
		this.keptBytes.addAndGet(size - ((before != null) ? before.content().size() : 0));
	}

	private Content current(Key key, long version, long now) {
		Kept cached = this.kept.get(key);
		if (cached != null && cached.stamp().version() == version && now - cached.stamp().at() < MAX_AGE.toNanos()) {
			return cached.content();
		}
		return null;
	}

	private void forgetStale() {
		long now = System.nanoTime();
		this.kept.forEach((key, cached) -> {
			CheckedVersion version = this.versions.get(key.tenantId());
			if ((version == null || version.version() != cached.stamp().version()
					|| now - cached.stamp().at() >= MAX_AGE.toNanos()) && this.kept.remove(key, cached)) {
				this.keptBytes.addAndGet(-cached.content().size());
			}
		});
	}

	/**
	 * Whether a request only reads (GET or HEAD): only those are answered from the cache.
	 */
	public static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/**
	 * Answers with a kept answer: 304 without a body if the client has it (its ETag in
	 * {@code If-None-Match}), else the bytes, to be revalidated on every use. An answer
	 * kept {@link Content#compressed} is sent compressed where the client accepts gzip.
	 */
	public static void send(Content content, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = content.gzip() != null && acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING));
		String etag = gzip ? content.gzipEtag() : content.etag();
		if (content.gzip() != null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (clientHas(etag, request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? content.gzip() : content.body();
		response.setContentType(content.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Whether an {@code If-None-Match} header names the ETag of the answer to be sent
	 * (weakly compared).
	 */
	static boolean clientHas(String etag, String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			candidate = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
			if (candidate.equals("*") || candidate.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code Accept-Encoding} headers accept gzip (RFC 9110 12.5.3): {@code gzip}
	 * or {@code x-gzip} with a weight above 0, or {@code *} above 0 where gzip is not
	 * named.
	 */
	static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
		Boolean named = null;
		boolean any = false;
		while (acceptEncoding != null && acceptEncoding.hasMoreElements()) {
			for (String coding : acceptEncoding.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				boolean accepted = true;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
					if (parameter.startsWith("q=")) {
						accepted = weight(parameter.substring(2)) > 0;
					}
				}
				if (name.equals("gzip") || name.equals("x-gzip")) {
					named = ((named != null) && named) || accepted;
				}
				else if (name.equals("*")) {
					any = accepted;
				}
			}
		}
		return (named != null) ? named : any;
	}

	private static double weight(String value) {
		try {
			return Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static byte[] compress(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed, 8192)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("gzip into memory", ex);
		}
		return compressed.toByteArray();
	}

	private long read(UUID tenantId, long now) {
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
	 * committed by now): read the counters again before the next answer is served.
	 */
	@EventListener
	void afterWrite(ServletRequestHandledEvent handled) {
		String method = handled.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)
				&& !HttpMethod.OPTIONS.matches(method)) {
			this.versions.clear();
		}
	}

	/**
	 * After a transaction of this instance that may have changed data (Spring Boot adds
	 * this listener to the transaction manager; the sessions' own is not affected).
	 */
	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (!transaction.isReadOnly()) {
			this.versions.clear();
		}
	}

	static String entityTag(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
