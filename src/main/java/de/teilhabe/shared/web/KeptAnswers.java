package de.teilhabe.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter that answers reads from the {@link PublicContentCache} (with ETag and 304)
 * without Spring MVC, and otherwise lets Spring MVC answer and keeps the answer: one
 * request per key makes it while the others wait for it
 * ({@link PublicContentCache#makingLock}), and only a 200 answer of a GET with a content
 * type is kept. The subclass names the key of a request (or none: then Spring MVC answers
 * and nothing is kept) and what of an answer it keeps; it may add headers to what it
 * sends and refuse a kept answer to a caller who does not take its type.
 */
public abstract class KeptAnswers extends OncePerRequestFilter {

	private final PublicContentCache cache;

	protected KeptAnswers(PublicContentCache cache) {
		this.cache = cache;
	}

	/**
	 * The key the request's answer is kept under, or null when Spring MVC answers and
	 * nothing is kept.
	 */
	protected abstract PublicContentCache.Key key(HttpServletRequest request);

	/**
	 * What to keep of a 200 answer of a GET with a content type that Spring MVC made, or
	 * null when it must not be kept.
	 */
	protected abstract PublicContentCache.Content keep(HttpServletRequest request,
			ContentCachingResponseWrapper answer);

	/**
	 * Whether the caller takes the kept answer; if not, Spring MVC answers (a 406, say).
	 */
	protected boolean accepts(HttpServletRequest request, PublicContentCache.Content content) {
		return true;
	}

	/** Sends a kept answer (its ETag, a 304 to a caller who has it). */
	protected void send(PublicContentCache.Content content, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		PublicContentCache.send(content, request, response);
	}

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicContentCache.Key key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
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
		if (accepts(request, found.content())) {
			send(found.content(), request, response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Lets Spring MVC answer, and keeps what the subclass keeps of a 200 answer of a GET.
	 */
	private void make(PublicContentCache.Key key, PublicContentCache.Stamp stamp, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		PublicContentCache.Content made = (answer.getStatus() == HttpServletResponse.SC_OK
				&& "GET".equals(request.getMethod()) && answer.getContentType() != null) ? keep(request, answer) : null;
		if (made == null) {
			answer.copyBodyToResponse();
			return;
		}
		this.cache.keep(key, stamp, made);
		send(made, request, response);
	}

	/** The request's path without the context path. */
	protected static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
