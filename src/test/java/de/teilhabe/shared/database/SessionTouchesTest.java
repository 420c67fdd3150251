package de.teilhabe.shared.database;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page view moves the session's last access only when the stored one is at least the
 * interval old (the database behaviour: SessionTouchTest).
 */
class SessionTouchesTest {

	private static final Instant STORED = Instant.parse("2026-12-05T02:00:00Z");

	private static SessionTouches.Touched storedAt(Instant lastAccess) {
		MapSession session = new MapSession();
		session.setLastAccessedTime(lastAccess);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		return new SessionTouches.Touched(session);
	}

	@Test
	void aRequestWithinTheIntervalLeavesTheLastAccessAlone() {
		SessionTouches.Touched session = storedAt(STORED);

		session.setLastAccessedTime(STORED.plus(SessionTouches.INTERVAL).minusMillis(1));

		assertThat(session.getLastAccessedTime()).isEqualTo(STORED);
	}

	@Test
	void aRequestAfterTheIntervalMovesTheLastAccess() {
		SessionTouches.Touched session = storedAt(STORED);
		Instant later = STORED.plus(SessionTouches.INTERVAL);

		session.setLastAccessedTime(later);

		assertThat(session.getLastAccessedTime()).isEqualTo(later);
	}

	@Test
	void theIdleTimeoutCountsFromTheStoredAccessSoItIsNeverExtended() {
		Instant stored = Instant.now().minus(Duration.ofMinutes(30)).minusSeconds(10);
		SessionTouches.Touched session = storedAt(stored);

		// a request 20 s after the stored access: 29 min 50 s ago, within the timeout
		session.setLastAccessedTime(stored.plusSeconds(20));

		assertThat(session.isExpired()).as("idle for 30 min since the stored access: expires up to 30 s early")
			.isTrue();
	}

}
