package de.teilhabe.strategy.dialog;

import java.time.Duration;

import de.teilhabe.shared.web.TokenBuckets;

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

	private final TokenBuckets perClient;

	private final TokenBuckets perCode;

	JoinRateLimit(@Value("${teilhabe.strategy.join.per-client-per-minute:120}") int perClient,
			@Value("${teilhabe.strategy.join.per-code-per-minute:600}") int perCode) {
		this.perClient = new TokenBuckets(perClient, Duration.ofMinutes(1), TRACKED);
		this.perCode = new TokenBuckets(perCode, Duration.ofMinutes(1), TRACKED);
	}

	/** Takes one statement of a client for a code: false if it must wait. */
	boolean allow(String code, String clientAddress) {
		String client = code + "|" + clientAddress;
		if (!this.perClient.take(client)) {
			return false;
		}
		if (!this.perCode.take(code)) {
			this.perClient.giveBack(client);
			return false;
		}
		return true;
	}

}
