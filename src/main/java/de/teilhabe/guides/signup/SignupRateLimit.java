package de.teilhabe.guides.signup;

import java.time.Duration;

import de.teilhabe.shared.web.TokenBuckets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the sign-ups sent per client address
 * ({@code teilhabe.guides.signup.per-client-per-hour}, default 10: a family or a
 * volunteer centre may share an address, a script may not send hundreds of mails). Every
 * sent form counts, refused and honeypot ones included.
 */
@Component
class SignupRateLimit {

	static final int TRACKED = 20_000;

	private final TokenBuckets perClient;

	SignupRateLimit(@Value("${teilhabe.guides.signup.per-client-per-hour:10}") int perHour) {
		this.perClient = new TokenBuckets(perHour, Duration.ofHours(1), TRACKED);
	}

	/** Takes one sign-up of a client address: false if it must wait. */
	boolean allow(String clientAddress) {
		return this.perClient.take(clientAddress);
	}

	/** Forgets every address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

}
