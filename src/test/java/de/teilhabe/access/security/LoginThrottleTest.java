package de.teilhabe.access.security;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.access.security.LoginThrottle.Limits;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling: the rules with a clock the test moves, against the real database; and
 * once through HTTP.
 */
@IntegrationTest
class LoginThrottleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	MovableClock clock;

	LoginThrottle throttle;

	/** Unique per test: the counters live in the shared database. */
	String address;

	String username;

	@BeforeEach
	void throttle() {
		this.clock = new MovableClock(Instant.parse("2030-01-01T08:00:00Z"));
		this.throttle = new LoginThrottle(this.jdbc, this.clock,
				new Limits(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15)));
		this.address = "203.0.113." + UUID.randomUUID();
		this.username = "someone-" + UUID.randomUUID();
	}

	@Test
	void fiveFailuresBlockThisUserAtThisAddressWithGrowingDelays() {
		for (int i = 1; i <= 4; i++) {
			assertThat(this.throttle.recordFailure(this.username, this.address)).as("failure " + i).isFalse();
		}
		assertThat(this.throttle.isThrottled(this.username, this.address)).isFalse();
		assertThat(this.throttle.recordFailure(this.username, this.address)).isTrue();
		assertThat(this.throttle.isThrottled(this.username, this.address)).isTrue();
		assertThat(this.throttle.isThrottled(this.username.toUpperCase(), this.address)).isTrue();

		// nobody can lock the user out from elsewhere
		assertThat(this.throttle.isThrottled(this.username, this.address + "-other")).isFalse();

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.throttle.isThrottled(this.username, this.address)).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.isThrottled(this.username, this.address)).isFalse();

		// the next failure blocks twice as long
		assertThat(this.throttle.recordFailure(this.username, this.address)).isTrue();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.throttle.isThrottled(this.username, this.address)).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.isThrottled(this.username, this.address)).isFalse();
	}

	@Test
	void successClearsTheCounterOfThisUserAtThisAddress() {
		for (int i = 1; i <= 4; i++) {
			this.throttle.recordFailure(this.username, this.address);
		}
		this.throttle.recordSuccess(this.username, this.address);
		for (int i = 1; i <= 4; i++) {
			assertThat(this.throttle.recordFailure(this.username, this.address)).isFalse();
		}
	}

	@Test
	void failuresOutsideTheWindowAreForgotten() {
		for (int i = 1; i <= 4; i++) {
			this.throttle.recordFailure(this.username, this.address);
		}
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.throttle.recordFailure(this.username, this.address)).isFalse();
		assertThat(this.throttle.isThrottled(this.username, this.address)).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressBlockEveryUsernameThere() {
		for (int i = 1; i <= 19; i++) {
			assertThat(this.throttle.recordFailure(this.username + "-" + i, this.address)).isFalse();
		}
		assertThat(this.throttle.recordFailure(this.username + "-20", this.address)).isTrue();
		assertThat(this.throttle.isThrottled("anyone-else", this.address)).isTrue();
		assertThat(this.throttle.isThrottled("anyone-else", this.address + "-other")).isFalse();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.throttle.isThrottled("anyone-else", this.address)).isFalse();
	}

	@Test
	void throttledLoginIsRefusedWithoutCheckingThePassword() {
		String user = "throttle-" + UUID.randomUUID();
		Http http = new Http(this.port);
		for (int i = 1; i <= 4; i++) {
			HttpResponse<String> failed = http.login(user, "falsch-" + i);
			assertThat(failed.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}
		HttpResponse<String> fifth = http.login(user, "falsch-5");
		assertThat(fifth.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=throttled"));
		HttpResponse<String> refused = http.login(user, "egal");
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=throttled"));
		assertThat(http.get("/login?error=throttled").body()).contains("Zu viele fehlgeschlagene Anmeldeversuche");
		// other users at this address still sign in
		Http.loggedIn(this.port, "strategie", "demo");
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?")
			.param(LoginThrottle.addressKey("127.0.0.1"))
			.update(); // give the other tests of this JVM their address budget back
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
