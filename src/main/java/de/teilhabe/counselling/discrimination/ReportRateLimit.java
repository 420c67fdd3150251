package de.teilhabe.counselling.discrimination;

import java.time.Duration;

import de.teilhabe.shared.web.TokenBuckets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the reports sent per client address on the public form
 * ({@code teilhabe.counselling.discrimination.reports-per-client-per-hour}, default 10).
 * Every sent form counts, refused and honeypot ones included.
 */
@Component
class ReportRateLimit {

	private final TokenBuckets perClient;

	ReportRateLimit(@Value("${teilhabe.counselling.discrimination.reports-per-client-per-hour:10}") int perHour) {
		this.perClient = new TokenBuckets(perHour, Duration.ofHours(1), 20_000);
	}

	/** Takes one report of a client address: false if it must wait. */
	boolean allow(String clientAddress) {
		return this.perClient.take(clientAddress);
	}

	/** Forgets every address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

}
