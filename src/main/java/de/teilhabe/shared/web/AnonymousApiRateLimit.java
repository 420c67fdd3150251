package de.teilhabe.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the API requests of anonymous clients (no token) per client address to
 * {@code teilhabe.api.anonymous-rate-limit} per second (a token bucket that holds one
 * second's worth): beyond it 429 with {@code Retry-After}, as problem+json. The client
 * address is the one Tomcat reports, which behind a trusted proxy is the forwarded one
 * (see {@code TrustedProxies}). Runs after Spring Security (order -100), which tells
 * whether the caller signed in.
 */
@Component
@Order(0)
class AnonymousApiRateLimit extends OncePerRequestFilter {

	/**
	 * Above this many tracked addresses, the idle ones (their bucket full again) are
	 * dropped.
	 */
	static final int TRACKED_ADDRESSES = 10_000;

	private static final long SECOND = 1_000_000_000L;

	private final double perNanosecond;

	private final double capacity;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ProblemAnswers problems;

	AnonymousApiRateLimit(@Value("${teilhabe.api.anonymous-rate-limit:50000}") int perSecond, ProblemAnswers problems) {
		this.capacity = Math.max(1, perSecond);
		this.perNanosecond = this.capacity / SECOND;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ErrorResponses.isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signedIn()) {
			chain.doFilter(request, response);
			return;
		}
		long now = System.nanoTime();
		long wait = this.buckets.computeIfAbsent(request.getRemoteAddr(), (address) -> new Bucket(now)).take(now);
		if (wait == 0) {
			forgetIdleAddresses(now);
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait + SECOND - 1) / SECOND)));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.429.text");
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private void forgetIdleAddresses(long now) {
		if (this.buckets.size() > TRACKED_ADDRESSES) {
			this.buckets.values().removeIf((bucket) -> bucket.idle(now));
		}
	}

	/** The requests an address may still send now; refilled continuously. */
	private final class Bucket {

		private double tokens;

		private long last;

		Bucket(long now) {
			this.tokens = AnonymousApiRateLimit.this.capacity;
			this.last = now;
		}

		/** Takes one request: 0 if allowed, else the nanoseconds until one is. */
		synchronized long take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) / AnonymousApiRateLimit.this.perNanosecond);
		}

		synchronized boolean idle(long now) {
			refill(now);
			return this.tokens >= AnonymousApiRateLimit.this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(AnonymousApiRateLimit.this.capacity,
					this.tokens + (now - this.last) * AnonymousApiRateLimit.this.perNanosecond);
			this.last = now;
		}

	}

}
