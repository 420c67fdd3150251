package de.teilhabe.strategy.dialog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the statements sent with a join code: per code and client address
 * ({@code teilhabe.strategy.join.per-client-per-minute}, default 120: a whole room behind
 * one venue network shares an address) and per code over all addresses
 * ({@code teilhabe.strategy.join.per-code-per-minute}, default 600). Token buckets that
 * hold one minute's worth and refill continuously; kept in memory per instance.
 */
@Component
class JoinRateLimit {

	/** Above this many tracked buckets, the full (idle) ones are dropped. */
	static final int TRACKED = 20_000;

	private static final double MINUTE = 60_000_000_000d;

	private final int perClient;

	private final int perCode;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	JoinRateLimit(@Value("${teilhabe.strategy.join.per-client-per-minute:120}") int perClient,
			@Value("${teilhabe.strategy.join.per-code-per-minute:600}") int perCode) {
		this.perClient = Math.max(1, perClient);
		this.perCode = Math.max(1, perCode);
	}

	/** Takes one statement of a client for a code: false if it must wait. */
	boolean allow(String code, String clientAddress) {
		long now = System.nanoTime();
		if (this.buckets.size() > TRACKED) {
			this.buckets.values().removeIf((bucket) -> bucket.idle(now));
		}
		Bucket client = this.buckets.computeIfAbsent(code + "|" + clientAddress,
				(key) -> new Bucket(this.perClient, now));
		Bucket all = this.buckets.computeIfAbsent(code, (key) -> new Bucket(this.perCode, now));
		if (!client.take(now)) {
			return false;
		}
		if (!all.take(now)) {
			client.giveBack();
			return false;
		}
		return true;
	}

	private static final class Bucket {

		private final double capacity;

		private double tokens;

		private long last;

		Bucket(int perMinute, long now) {
			this.capacity = perMinute;
			this.tokens = perMinute;
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
			this.tokens = Math.min(this.capacity, this.tokens + 1);
		}

		synchronized boolean idle(long now) {
			refill(now);
			return this.tokens >= this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.capacity / MINUTE);
			this.last = now;
		}

	}

}
