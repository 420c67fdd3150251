package de.teilhabe.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits by key (a client address, a code): one token bucket per key that holds a
 * period's worth and refills continuously; kept in memory per instance. Above
 * {@code tracked} keys the full (idle) buckets are dropped. Used by the anonymous pages
 * that take input (the join page of live capture, the guides' public sign-up).
 */
public final class TokenBuckets {

	private final double capacity;

	private final double perNanosecond;

	private final int tracked;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * @param perPeriod how many a key may take per period (at least 1)
	 * @param period the period the bucket refills in
	 * @param tracked above this many keys the idle ones are dropped
	 */
	public TokenBuckets(int perPeriod, Duration period, int tracked) {
		this.capacity = Math.max(1, perPeriod);
		this.perNanosecond = this.capacity / period.toNanos();
		this.tracked = tracked;
	}

	/** Takes one token of a key: false if it must wait. */
	public boolean take(String key) {
		long now = System.nanoTime();
		if (this.buckets.size() > this.tracked) {
			this.buckets.values().removeIf((bucket) -> bucket.idle(now));
		}
		return this.buckets.computeIfAbsent(key, (k) -> new Bucket(now)).take(now);
	}

	/** Gives a token taken back (the request was refused for another reason). */
	public void giveBack(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket != null) {
			bucket.giveBack();
		}
	}

	/** Forgets every key (all buckets full again). */
	public void clear() {
		this.buckets.clear();
	}

	private final class Bucket {

		private double tokens;

		private long last;

		Bucket(long now) {
			this.tokens = TokenBuckets.this.capacity;
			this.last = now;
		}

		synchronized boolean take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized void giveBack() {
			this.tokens = Math.min(TokenBuckets.this.capacity, this.tokens + 1);
		}

		synchronized boolean idle(long now) {
			refill(now);
			return this.tokens >= TokenBuckets.this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(TokenBuckets.this.capacity,
					this.tokens + (now - this.last) * TokenBuckets.this.perNanosecond);
			this.last = now;
		}

	}

}
